using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// One period of a claim series: the grade-weighted combined estimate, the spread of the sources
/// (lowest low, highest high), the claims with their weights, whether two sources' ranges exclude
/// each other, and the relays set aside that describe this period (a relay of a period without an
/// independent claim has no point: <see cref="ClaimSeriesResult.RelaysSetAside"/> lists them all).
/// </summary>
public sealed record SeriesPoint(
    Period Period, double Combined, double SpreadLow, double SpreadHigh, IReadOnlyList<WeightedClaim> Claims, bool SourcesDisagree, IReadOnlyList<Claim> RelaysSetAside)
{
    /// <summary>Every claim of the point is one-sided ("2,000 or more"): <see cref="Combined"/> is the bound, not an estimate.</summary>
    public bool IsBound { get; init; }

    /// <summary>The point as a reader should see it: "2,000" (two significant figures), or "2,000 or more" for a bound.</summary>
    public string Figure => IsBound
        ? (double.IsPositiveInfinity(SpreadHigh) ? ClaimFigures.Spread(Combined, SpreadHigh) : ClaimFigures.Spread(SpreadLow, Combined))
        : ClaimFigures.Combined(Combined);

    /// <summary>A point whose span ended more than two years before <paramref name="asOf"/> is stale: it says where the figure was, not where it is.</summary>
    public bool IsStaleOn(DateOnly asOf) => Claim.IsStale(Period.End, asOf);
}
