using System.Text;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Reporting.Html.Sections;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html;

/// <summary>
/// Writes the assessment as one self-contained HTML file: inline CSS and SVG, no scripts, nothing
/// fetched. The same content gives the same bytes. The TLP banner stands at the top and bottom of
/// every page, as FIRST's TLP 2.0 standard asks.
/// </summary>
public static class ReportHtml
{
    /// <summary>The report's HTML; <paramref name="listing"/>, where a host lists events, is where long footnotes send the reader for the rest.</summary>
    public static string Render(ReportContent content, EventListingLink? listing = null)
    {
        var request = content.Request;
        var notes = new Footnotes(request.ActorId, content.Events, content.Claims, listing) { Withheld = content.RowsWithheld };
        var body = new StringBuilder();
        Header(body, content);
        KeyPointsSection.Write(body, content, notes);
        TempoSection.Write(body, content, notes);
        TargetsSection.Write(body, content, notes);
        GeographySection.Write(body, content, notes);
        ConflictSection.Write(body, content, notes);
        MonitorSection.Write(body, content, notes);
        EstimatesSection.Write(body, content, notes);
        AssessmentSection.Write(body, content, notes);
        ForecastRecordSection.Write(body, content);
        body.Append("<h2 id=\"sources\">Sources</h2>\n");
        body.Append($"<p>Each figure's note lists the events behind it, with the source's own id and citation. Events come from {E(string.Join(", ", content.Sources))}; where two sources record the same attack it is counted once and the other record is listed as corroboration. Data from {Day(content.CoverageStart)}.</p>\n");
        if (content.Curated.Count > 0)
        {
            body.Append($"<p class=\"no-data\">{E(string.Join(" and ", content.Curated))} {(content.Curated.Count == 1 ? "is a curated selection" : "are curated selections")} of notable events, each row with its own citation, not a complete record: its counts, rates and tests describe the selection, not the actor's whole activity.</p>\n");
        }

        notes.Write(body);

        var banner = $"<span style=\"color:{request.Tlp.Colour()}\">{E(request.Tlp.Label())}</span>";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{E(request.Tlp.Label())} — {E(request.ActorName)} threat assessment, {Day(request.From)} to {Day(request.To)}</title>\n");
        html.Append("<style>\n").Append(ReportStyles.Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append($"<div class=\"tlp tlp-top\" role=\"note\">{banner}</div>\n");
        html.Append("<table class=\"page\"><thead><tr><td></td></tr></thead><tfoot><tr><td></td></tr></tfoot><tbody><tr><td>\n<main>\n");
        html.Append(body);
        html.Append("</main>\n</td></tr></tbody></table>\n");
        html.Append($"<div class=\"tlp tlp-bottom\" role=\"note\">{banner}</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ReportContent content)
    {
        var request = content.Request;
        html.Append($"<h1>{E(request.ActorName)}: is it re-emerging?</h1>\n");
        html.Append($"<p class=\"subtitle\">Threat assessment from conflict-event data, {Day(request.From)} to {Day(request.To)}, as of {Day(request.AsOf)}.</p>\n");
        html.Append($"<p class=\"tlp-note\"><b>{E(request.Tlp.Label())}</b>. {E(request.Tlp.Meaning())}</p>\n");
        if (request.RaisedFrom is { } raised)
        {
            html.Append($"<p class=\"tlp-note\">Marked {E(request.Tlp.Label())}, not the {E(raised)} asked for: a report carries the most restrictive marking of the events it reads.</p>\n");
        }
    }
}
