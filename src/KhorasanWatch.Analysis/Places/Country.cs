namespace KhorasanWatch.Analysis.Places;

/// <summary>An ISO 3166-1 country: alpha-3 code, numeric code and common English name.</summary>
public sealed record Country(string Iso3, int IsoNumeric, string Name);
