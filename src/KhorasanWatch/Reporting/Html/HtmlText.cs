using System.Globalization;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Reporting.Html;

/// <summary>Escaping and the fixed formats of the report: dates as "26 August 2021", whole numbers with thousands separators.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Text made safe for HTML content and quoted attributes; the one escaper, shared with the SVG
    /// charts. A source's control characters (ESC, BEL: a terminal showing the file would act on
    /// them) become U+FFFD, and its bidirectional formatting characters are dropped (<see cref="UnsafeText"/>), so
    /// an unterminated right-to-left override cannot reverse the text after it ("40 deaths" read
    /// "shtaed 04"); right-to-left script itself is laid out by the Unicode bidi algorithm as usual.
    /// </summary>
    public static string E(string? text) => string.IsNullOrEmpty(text) ? "" : Charts.SvgBuilder.Escape(text);

    internal static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(UnsafeText.Chars) < 0)
        {
            return text;
        }

        var clean = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!UnsafeText.IsDirection(c))
            {
                clean.Append(UnsafeText.IsControl(c) ? '\uFFFD' : c);
            }
        }

        return clean.ToString();
    }

    public static string Day(DateOnly day) => KhorasanWatch.Analysis.Statistics.Figures.Day(day);

    /// <summary>A span of days in the report's format (<see cref="KhorasanWatch.Analysis.Statistics.Figures.Days"/>).</summary>
    public static string Days(DateOnly first, DateOnly last) => KhorasanWatch.Analysis.Statistics.Figures.Days(first, last);

    /// <summary>A claim as a reader knows it: its source's title and its grade ("“What Does IS-K's Resurgence Mean …?” (B2)"); the footnote gives the rest.</summary>
    public static string ClaimName(KhorasanWatch.Analysis.Estimates.Claim c) => $"“{c.Source.Title}” ({c.Grade})";

    public static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Of(long n, string one, string? many = null) => KhorasanWatch.Analysis.Statistics.Figures.Count(n, one, many);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture).Replace("%", " %", StringComparison.Ordinal);

}
