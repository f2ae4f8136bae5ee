namespace KhorasanWatch.Analysis.Sharing;

/// <summary>
/// TLP 2.0 as FIRST publishes it: the label ("TLP:AMBER+STRICT"), its colour on a black ground, and
/// what it allows, in FIRST's words.
/// </summary>
public static class TlpLevels
{
    public static string Label(this TlpLevel level) => level switch
    {
        TlpLevel.Clear => "TLP:CLEAR",
        TlpLevel.Green => "TLP:GREEN",
        TlpLevel.Amber => "TLP:AMBER",
        TlpLevel.AmberStrict => "TLP:AMBER+STRICT",
        _ => "TLP:RED",
    };

    /// <summary>The marking as <c>--tlp</c> takes it and the store keeps it: clear, green, amber, amber+strict, red.</summary>
    public static string Code(this TlpLevel level) => level.Label()["TLP:".Length..].ToLowerInvariant();

    /// <summary>The label's colour from FIRST's TLP 2.0 standard (RGB), always shown on black.</summary>
    public static string Colour(this TlpLevel level) => level switch
    {
        TlpLevel.Clear => "#FFFFFF",
        TlpLevel.Green => "#33FF00",
        TlpLevel.Amber or TlpLevel.AmberStrict => "#FFC000",
        _ => "#FF2B2B",
    };

    public static string Meaning(this TlpLevel level) => level switch
    {
        TlpLevel.Clear => "Recipients can spread this to the world; there is no limit on disclosure.",
        TlpLevel.Green => "Limited disclosure: recipients can spread this within their community, but not via publicly accessible channels.",
        TlpLevel.Amber => "Limited disclosure: recipients can only spread this on a need-to-know basis within their organization and its clients.",
        TlpLevel.AmberStrict => "Limited disclosure: recipients can only spread this on a need-to-know basis within their organization only.",
        _ => "For the eyes and ears of individual recipients only, no further disclosure.",
    };

    /// <summary>Reads "clear", "green", "amber", "amber+strict", "red" (any case, with or without "TLP:"), and TLP 1.0's "white" as clear.</summary>
    public static bool TryParse(string? text, out TlpLevel level)
    {
        var key = (text ?? "").Trim().ToLowerInvariant();
        key = key.StartsWith("tlp:", StringComparison.Ordinal) ? key[4..] : key;
        (var known, level) = key switch
        {
            "clear" or "white" => (true, TlpLevel.Clear),
            "green" => (true, TlpLevel.Green),
            "amber" => (true, TlpLevel.Amber),
            "amber+strict" => (true, TlpLevel.AmberStrict),
            "red" => (true, TlpLevel.Red),
            _ => (false, TlpLevel.Red),
        };
        return known;
    }
}
