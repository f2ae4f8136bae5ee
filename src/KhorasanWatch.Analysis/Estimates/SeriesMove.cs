using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>The indicator a claim series gives: its combined estimate moved between two periods whose source ranges do not overlap.</summary>
public sealed record SeriesMove(Period From, Period To, double Before, double After, bool Up, string Statement);
