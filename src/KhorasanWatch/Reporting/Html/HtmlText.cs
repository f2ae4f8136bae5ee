using System.Globalization;

namespace KhorasanWatch.Reporting.Html;

/// <summary>Escaping and the fixed formats of the report: dates as "26 August 2021", whole numbers with thousands separators.</summary>
internal static class HtmlText
{
    /// <summary>Text made safe for HTML content and quoted attributes; the one escaper, shared with the SVG charts.</summary>
    public static string E(string? text) => string.IsNullOrEmpty(text) ? "" : Charts.SvgBuilder.Escape(text);

    public static string Day(DateOnly day) => KhorasanWatch.Analysis.Statistics.Figures.Day(day);

    /// <summary>
    /// The days from <paramref name="first"/> to <paramref name="last"/> in the report's format: "21 September 2021"
    /// for one day, "September 2021" or "January 2021 to April 2021" for whole months, "2021" or "2017 to 2020"
    /// for whole years, else "1 January 2021 to 30 April 2021".
    /// </summary>
    public static string Days(DateOnly first, DateOnly last)
    {
        var wholeMonths = first.Day == 1 && last.AddDays(1).Day == 1;
        var wholeYears = wholeMonths && first.Month == 1 && last.Month == 12;
        var (from, to) = wholeYears ? (Year(first), Year(last)) : wholeMonths ? (Month(first), Month(last)) : (Day(first), Day(last));
        return from == to ? from : $"{from} to {to}";
    }

    /// <summary>A claim as a reader knows it: its source's title and its grade ("“What Does IS-K's Resurgence Mean …?” (B2)"); the footnote gives the rest.</summary>
    public static string ClaimName(KhorasanWatch.Analysis.Estimates.Claim c) => $"“{c.Source.Title}” ({c.Grade})";

    public static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Of(long n, string one, string? many = null) => KhorasanWatch.Analysis.Statistics.Figures.Count(n, one, many);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture).Replace("%", " %", StringComparison.Ordinal);

    private static string Month(DateOnly day) => day.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Year(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture);
}
