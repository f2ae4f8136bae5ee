using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Attacks against the same days a year earlier and against the window just before, as exact rate
/// ratios; null where the data do not reach back that far (a missing baseline is not a zero), and
/// year-on-year null for a window longer than a year, which would overlap its own baseline.
/// </summary>
public sealed record Tempo(RateComparison? YearOnYear, RateComparison? PeriodOnPeriod);
