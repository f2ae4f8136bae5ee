using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Formats;
namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// The confidence in a judgment and the reason for it, from the evidence behind it: <b>low</b> with
/// fewer than 10 events, less than a year of data, or more than 30 % of the events of uncertain
/// attribution; <b>high</b> with at least 30 events from at least two independent sources, at most
/// 10 % uncertain and three years of data; <b>moderate</b> otherwise.
/// </summary>
public sealed record AnalyticConfidence(ConfidenceLevel Level, string Reason)
{
    public static AnalyticConfidence From(int events, int uncertain, IReadOnlyCollection<string> sources, double yearsOfData)
    {
        var total = events + uncertain;
        var uncertainShare = total == 0 ? 0 : (double)uncertain / total;
        var level =
            events < 10 || yearsOfData < 1 || uncertainShare > 0.3 ? ConfidenceLevel.Low
            : events >= 30 && sources.Count >= 2 && uncertainShare <= 0.1 && yearsOfData >= 3 ? ConfidenceLevel.High
            : ConfidenceLevel.Moderate;
        var sourceText = sources.Count switch
        {
            0 => "no source",
            1 => $"one source ({sources.First()})",
            _ => $"{sources.Count} sources ({string.Join(", ", sources.Order(StringComparer.Ordinal))})",
        };
        var reason =
            $"{Figures.Count(events, "event")} from {sourceText}; " +
            (uncertain == 0 ? "no attribution in doubt" : $"{uncertain:N0} more of uncertain attribution ({uncertainShare:P0})") +
            $"; {Years(yearsOfData)} of data.";
        return new AnalyticConfidence(level, reason);
    }

    public string Term => WireNames.Confidence(Level);

    /// <summary>"1 year", "0.5 years", "10.1 years": one is singular only when it is written "1".</summary>
    private static string Years(double years)
    {
        var written = years.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        return written == "1" ? "1 year" : $"{written} years";
    }
}
