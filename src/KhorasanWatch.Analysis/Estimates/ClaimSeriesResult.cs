namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// A subject's series: its unit, the points, the moves, the claims left out for another unit, the
/// weights used, and every relay set aside — all of them, including those whose period holds no
/// independent claim and so has no point (each point lists only the relays of its own period).
/// </summary>
public sealed record ClaimSeriesResult(
    string Subject,
    string Unit,
    IReadOnlyList<SeriesPoint> Points,
    IReadOnlyList<SeriesMove> Moves,
    IReadOnlyList<Claim> OtherUnits,
    GradeWeights Weights,
    IReadOnlyList<Claim> RelaysSetAside)
{
    /// <summary>The latest point, the subject's current combined estimate; null without numeric claims.</summary>
    public SeriesPoint? Latest => Points.Count == 0 ? null : Points[^1];

    /// <summary>The relays set aside that bear on <paramref name="point"/>: those of its period, and those whose original it counts.</summary>
    public IReadOnlyList<Claim> RelaysBehind(SeriesPoint point) =>
        RelaysSetAside.Where(r => point.RelaysSetAside.Contains(r) || point.Claims.Any(w => w.Claim.Id == r.Relays)).ToList();
}
