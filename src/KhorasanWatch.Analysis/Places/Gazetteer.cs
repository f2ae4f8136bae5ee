using System.Text.Json;

namespace KhorasanWatch.Analysis.Places;

/// <summary>
/// Countries (ISO 3166-1) and first-level divisions with the spellings the sources use. Built from
/// the embedded <c>gazetteer.json</c>; lookups fold case, diacritics and punctuation.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Country> _byNumeric = [];
    private readonly Dictionary<(string Country, string Key), Admin1> _admin1 = [];
    private readonly List<Country> _allCountries = [];
    private readonly HashSet<string> _countriesWithAdmin1 = new(StringComparer.Ordinal);

    private Gazetteer(GazetteerFile file)
    {
        foreach (var c in file.Countries)
        {
            var country = new Country(c.Iso3, c.IsoNumeric, c.Name);
            _allCountries.Add(country);
            if (c.IsoNumeric > 0)
            {
                _byNumeric[c.IsoNumeric] = country;
            }

            foreach (var name in (c.Variants ?? []).Append(c.Name).Append(c.Iso3))
            {
                _countries[NameFolding.Fold(name)] = country;
            }
        }

        foreach (var a in file.Admin1)
        {
            var admin1 = new Admin1(a.Country, a.Name, a.Iso, a.Successor);
            _countriesWithAdmin1.Add(a.Country);
            foreach (var name in (a.Variants ?? []).Append(a.Name))
            {
                _admin1[(a.Country, NameFolding.FoldPlace(name))] = admin1;
            }

            if (a.Iso is { Length: > 0 })
            {
                _admin1[(a.Country, NameFolding.Fold(a.Iso))] = admin1;
            }
        }
    }

    /// <summary>The gazetteer shipped with Khorasan Watch.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    private static readonly Lazy<Gazetteer> LazyDefault = new(() =>
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("KhorasanWatch.Analysis.Places.gazetteer.json")
            ?? throw new InvalidOperationException("The embedded gazetteer is missing from the build.");
        return Load(stream);
    });

    public IReadOnlyList<Country> Countries => _allCountries;

    public static Gazetteer Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<GazetteerFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The gazetteer file is empty.");
        return new Gazetteer(file);
    }

    /// <summary>Finds a country by alpha-3 code or any known name.</summary>
    public Country? FindCountry(string? nameOrCode) =>
        string.IsNullOrWhiteSpace(nameOrCode) ? null : _countries.GetValueOrDefault(NameFolding.Fold(nameOrCode));

    public Country? FindCountry(int isoNumeric) => _byNumeric.GetValueOrDefault(isoNumeric);

    /// <summary>Finds a province of <paramref name="countryIso3"/> by any known spelling.</summary>
    public Admin1? FindAdmin1(string countryIso3, string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : _admin1.GetValueOrDefault((countryIso3, NameFolding.FoldPlace(name)));

    /// <summary>True when the gazetteer lists the provinces of <paramref name="countryIso3"/>, so an unknown name there is worth a warning.</summary>
    public bool HasAdmin1(string countryIso3) => _countriesWithAdmin1.Contains(countryIso3);

    public IEnumerable<Admin1> Admin1Of(string countryIso3) =>
        _admin1.Values.Where(a => a.Country == countryIso3).Distinct().OrderBy(a => a.Name, StringComparer.Ordinal);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record GazetteerFile(List<CountryEntry> Countries, List<Admin1Entry> Admin1);

    private sealed record CountryEntry(string Iso3, int IsoNumeric, string Name, List<string>? Variants = null);

    private sealed record Admin1Entry(string Country, string Name, string? Iso = null, string? Successor = null, List<string>? Variants = null);
}
