using System.Text;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>The generated key judgments, each with its likelihood where it is a forecast, its confidence and reason, and its footnote.</summary>
internal static class KeyPointsSection
{
    public static void Write(StringBuilder html, ReportContent content, Footnotes notes)
    {
        html.Append("<h2 id=\"key-points\">Key points</h2>\n<ol class=\"key-points\">\n");
        foreach (var j in content.Judgments)
        {
            var text = E(j.Text);
            if (j.Likelihood is { } likelihood)
            {
                var term = E(likelihood.ToString());
                text = text.Replace(term, $"<span class=\"likelihood\">{term}</span>", StringComparison.Ordinal);
            }

            var own = notes.Cite(j.EventsAre is { } are ? char.ToUpperInvariant(are[0]) + are[1..] : Cited(j.Id), j.EventIds, j.ClaimIds);
            foreach (var figure in j.CitedFigures)
            {
                // The judgment's own note is numbered first, then the notes of the figures with events of their own.
                text = CiteAfter(text, E(figure.Text), notes.Cite(figure.Note, figure.EventIds));
            }

            html.Append($"<li>{text}{own}");
            html.Append($"<span class=\"confidence\">Confidence: <b>{j.Confidence.Term}</b> — {E(j.Confidence.Reason)}</span></li>\n");
        }

        html.Append("</ol>\n");
        html.Append("<p class=\"tlp-note\">Likelihood terms follow ICD 203 (almost no chance 1–5 %, very unlikely 5–20 %, unlikely 20–45 %, roughly even chance 45–55 %, likely 55–80 %, very likely 80–95 %, almost certain 95–99 %); each forecast comes from the model its backtest on this store chose, and states that model's track record (annex: the forecasts' track record). Confidence is stated apart: low, moderate or high, from the number of events, the sources, attribution doubt and the years of data, and for a forecast never above what its track record allows.</p>\n");
    }

    /// <summary>The text with <paramref name="cite"/> after the first <paramref name="figure"/>; a figure missing from its own sentence is a bug.</summary>
    private static string CiteAfter(string text, string figure, string cite)
    {
        var at = text.IndexOf(figure, StringComparison.Ordinal);
        return at < 0
            ? throw new InvalidOperationException($"The judgment does not contain its cited figure \"{figure}\".")
            : text.Insert(at + figure.Length, cite);
    }

    private static string Cited(string id) => id switch
    {
        "tempo" => "Attacks in the period",
        "pace" => "Attacks in the twelve months before the report's date",
        "mass_casualty" => "Mass-casualty attacks in the twelve months before the report's date",
        "abroad" => "Attacks outside Afghanistan in the twelve months before the report's date",
        "targets" => "Attacks on the two most frequent targets",
        "fight" => "The Taliban–ISKP fight in the period",
        "hypothesis" => "The register's claims in the competing-hypotheses matrix",
        "manpower" => "The register's claims on manpower",
        _ => "Events carrying the strongest warning",
    };
}
