namespace KhorasanWatch.Analysis.Estimates;

/// <summary>A subject's series: its unit, the points, the moves, the claims left out for another unit, and the weights used.</summary>
public sealed record ClaimSeriesResult(
    string Subject, string Unit, IReadOnlyList<SeriesPoint> Points, IReadOnlyList<SeriesMove> Moves, IReadOnlyList<Claim> OtherUnits, GradeWeights Weights)
{
    /// <summary>The latest point, the subject's current combined estimate; null without numeric claims.</summary>
    public SeriesPoint? Latest => Points.Count == 0 ? null : Points[^1];
}
