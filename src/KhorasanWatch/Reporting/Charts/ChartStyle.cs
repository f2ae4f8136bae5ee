namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// The one look every chart shares, so the HTML report and its Chromium-printed PDF read alike:
/// the Okabe–Ito palette (distinguishable with every common colour-vision deficiency), DejaVu Sans
/// (installed with the headless browser, so PDF glyphs match the screen) and fixed pixel sizes.
/// </summary>
/// <remarks>
/// Colours are written as SVG presentation attributes, never as a <c>&lt;style&gt;</c> element:
/// CSS inside inline SVG applies to the whole HTML page.
/// </remarks>
public static class ChartStyle
{
    public const string FontFamily = "'DejaVu Sans', sans-serif";

    public const double TickFontSize = 11;
    public const double AxisTitleFontSize = 12;
    public const double LegendFontSize = 11;
    public const double MarkerFontSize = 10;

    public const string Text = "#222222";
    public const string MutedText = "#555555";
    public const string Axis = "#444444";
    public const string Gridline = "#DDDDDD";

    /// <summary>Okabe &amp; Ito (2008), "Color Universal Design", in their order.</summary>
    public static IReadOnlyList<string> OkabeIto { get; } =
        ["#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"];

    /// <summary>The watched series: Okabe–Ito blue.</summary>
    public const string Primary = "#0072B2";

    /// <summary>A context series drawn beside the watched one: Okabe–Ito orange.</summary>
    public const string Secondary = "#E69F00";

    /// <summary>Event markers such as a warning date: Okabe–Ito vermillion.</summary>
    public const string Marker = "#D55E00";

    /// <summary>
    /// ColorBrewer YlOrRd, five classes from light to dark; ColorBrewer rates it colour-blind safe
    /// and it still orders by lightness when printed in grey.
    /// </summary>
    public static IReadOnlyList<string> SequentialRamp { get; } = ["#FFFFB2", "#FECC5C", "#FD8D3C", "#F03B20", "#BD0026"];

    /// <summary>A zero count: neutral grey, so it never reads as the lightest non-zero class.</summary>
    public const string Zero = "#D4D4D4";

    public const string MapStroke = "#FFFFFF";

    /// <summary>
    /// A pessimistic width for text in DejaVu Sans (its digits are 0.64 em wide), used to keep
    /// labels apart without measuring glyphs.
    /// </summary>
    public static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.64;
}
