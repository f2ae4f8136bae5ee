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
    Tally OnWesterners)
{
    /// <summary>Attacks whose record names no province (and whose coordinates placed none).</summary>
    public int Unplaced { get; init; }

    /// <summary>
    /// Whether the number of provinces is a figure: false when the period has attacks and none of
    /// them names a province (an extract without <c>adm_1</c>), so "0 provinces" would be a zero
    /// no source recorded.
    /// </summary>
    public bool ProvincesRecorded => Unplaced == 0 || Provinces.Count > 0;

    public const string ProvincesNotRecorded = "not recorded: no attack of the period names a province";
}
