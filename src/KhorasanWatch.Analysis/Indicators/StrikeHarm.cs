using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>Air and drone strikes by foreign forces, those the source records as hitting civilians, and the deaths in each.</summary>
public sealed record StrikeHarm(Tally Strikes, FatalityTotals StrikeDeaths, Tally OnCivilians, FatalityTotals CivilianStrikeDeaths);
