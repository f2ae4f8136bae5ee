namespace KhorasanWatch.Analysis.Indicators;

/// <summary>A province as (ISO3 country, canonical name).</summary>
public readonly record struct ProvinceKey(string Country, string Province)
{
    public override string ToString() => $"{Province} ({Country})";
}
