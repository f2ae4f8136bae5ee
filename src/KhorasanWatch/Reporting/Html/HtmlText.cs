using System.Globalization;
using System.Text;

namespace KhorasanWatch.Reporting.Html;

/// <summary>Escaping and the fixed formats of the report: dates as "26 August 2021", whole numbers with thousands separators.</summary>
internal static class HtmlText
{
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Of(long n, string one, string? many = null) => $"{N(n)} {(n == 1 ? one : many ?? one + "s")}";

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture).Replace("%", " %", StringComparison.Ordinal);
}
