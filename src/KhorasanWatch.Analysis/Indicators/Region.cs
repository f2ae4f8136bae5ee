using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Where to count: everywhere, one country (ISO3), or one province of it (the gazetteer's canonical
/// name). An event without a province belongs to its country but to none of its provinces.
/// </summary>
public sealed record Region
{
    public Region(string? country = null, string? province = null)
    {
        if (province is not null && country is null)
        {
            throw new ArgumentException("A province needs its country.", nameof(province));
        }

        Country = country?.ToUpperInvariant();
        Province = province;
    }

    public static Region All { get; } = new();

    public string? Country { get; }

    public string? Province { get; }

    public bool Contains(ConflictEvent e) =>
        (Country is null || e.Country == Country) &&
        (Province is null || string.Equals(e.Admin1, Province, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Province is not null ? $"{Province} ({Country})" : Country ?? "all";
}
