using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Provinces (of any country) with attacks, those without an attack in the twelve months before
/// the period (null where the data do not cover those months), attacks outside the home country by
/// ISO3, and attacks on Westerners and foreigners anywhere.
/// </summary>
public sealed record Spread(
    IReadOnlyDictionary<ProvinceKey, Tally> Provinces,
    IReadOnlyList<ProvinceKey>? NewProvinces,
    IReadOnlyDictionary<string, Tally> OutsideHome,
    Tally OnWesterners);
