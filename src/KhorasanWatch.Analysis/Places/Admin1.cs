namespace KhorasanWatch.Analysis.Places;

/// <summary>
/// A first-level division (province, state, region) with its canonical name. Former units such as
/// Pakistan's N.W.F.P. keep their own entry and name their <see cref="Successor"/>.
/// </summary>
public sealed record Admin1(string Country, string Name, string? Iso, string? Successor);
