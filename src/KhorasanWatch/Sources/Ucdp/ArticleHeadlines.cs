using System.Text.RegularExpressions;

namespace KhorasanWatch.Sources.Ucdp;

/// <summary>
/// The headlines inside UCDP's <c>source_article</c>, which lists each report as
/// <c>"Publisher,YYYY-MM-DD,Headline"</c>, reports separated by semicolons. Extracts without
/// <c>source_headline</c> keep the headlines only there. Returned one per report, joined by " | ".
/// </summary>
internal static partial class ArticleHeadlines
{
    public static string? Of(string? article)
    {
        if (string.IsNullOrWhiteSpace(article))
        {
            return null;
        }

        var headlines = Report().Matches(article)
            .Select(m => m.Groups["headline"].Value.Trim().Trim('"').Trim())
            .Where(h => h.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return headlines.Count == 0 ? null : string.Join(" | ", headlines);
    }

    // A date between commas, then the headline up to the next report ("; or ;") or the end.
    [GeneratedRegex(@",\s*\d{4}-\d{2}-\d{2}\s*,(?<headline>.*?)(?=""\s*;|;\s*""|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Report();
}
