namespace KhorasanWatch.Analysis.Sharing;

/// <summary>The Traffic Light Protocol 2.0 markings (FIRST), from least to most restricted.</summary>
public enum TlpLevel
{
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}
