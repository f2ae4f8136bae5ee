using System.Globalization;

namespace KhorasanWatch.Reporting.Html;

/// <summary>Escaping and the fixed formats of the report: dates as "26 August 2021", whole numbers with thousands separators.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Text made safe for HTML content and quoted attributes; the one escaper, shared with the SVG
    /// charts. Every bidirectional embedding, override or isolate the text opens is closed at its
    /// end, so a source's unterminated right-to-left override (U+202E) reverses only its own text,
    /// not the rest of the line ("40 deaths" read "shtaed 04").
    /// </summary>
    public static string E(string? text) => string.IsNullOrEmpty(text) ? "" : Charts.SvgBuilder.Escape(BalanceBidi(text));

    internal static string BalanceBidi(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0)
        {
            return text;
        }

        var open = new Stack<char>();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u202A' or '\u202B' or '\u202D' or '\u202E': open.Push('\u202C'); break; // LRE, RLE, LRO, RLO: closed by PDF.
                case '\u2066' or '\u2067' or '\u2068': open.Push('\u2069'); break; // LRI, RLI, FSI: closed by PDI.
                case '\u202C' when open.Count > 0 && open.Peek() == '\u202C': open.Pop(); break;
                case '\u2069' when open.Contains('\u2069'):
                    // A PDI closes its isolate and every embedding opened inside it.
                    char closed;
                    do
                    {
                        closed = open.Pop();
                    }
                    while (closed != '\u2069');
                    break;
            }
        }

        return open.Count == 0 ? text : text + string.Concat(open);
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
