namespace KhorasanWatch.Reporting.Html;

/// <summary>The report's one escaper for hosts that write HTML or SVG of their own (the dashboard's map).</summary>
public static class Markup
{
    /// <summary>Text made safe for element content and quoted attributes, a source's controls and direction overrides removed.</summary>
    public static string Escape(string? text) => HtmlText.E(text);
}
