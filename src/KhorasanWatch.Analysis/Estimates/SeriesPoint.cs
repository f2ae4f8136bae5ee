using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// One period of a claim series: the grade-weighted combined estimate, the spread of the sources
/// (lowest low, highest high), the claims with their weights, whether two sources' ranges exclude
/// each other, and the relays set aside that describe this period (a relay of a period without an
/// independent claim has no point: <see cref="ClaimSeriesResult.RelaysSetAside"/> lists them all).
/// </summary>
public sealed record SeriesPoint(
    Period Period, double Combined, double SpreadLow, double SpreadHigh, IReadOnlyList<WeightedClaim> Claims, bool SourcesDisagree, IReadOnlyList<Claim> RelaysSetAside);
