using System.Globalization;
using System.Text;
using KhorasanWatch.Analysis.Hypotheses;
using static KhorasanWatch.Reporting.Html.HtmlText;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>
/// The analysis of competing hypotheses: the scores and ranks, the matrix with each item as it reads
/// today and its ratings, each item's diagnosticity, the sensitivity check, and the weights used.
/// </summary>
internal static class AssessmentSection
{
    public static void Write(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var e = content.Assessment;
        var score = e.Score;
        html.Append("<h2 id=\"assessment\">Assessment</h2>\n");
        html.Append($"<p><b>{E(e.Matrix.Question)}</b> Analysis of competing hypotheses (Heuer): each hypothesis is judged by the evidence against it. ");
        html.Append($"Matrix <i>{E(e.Matrix.Name)}</i>, {(e.SavedVersion is { } v ? $"version {v}" : "as shipped")}; weights {E(e.Matrix.Weights.ToString())}; indicator readings as of {Day(e.AsOf)}.</p>\n");
        html.Append("<table class=\"data keep\"><thead><tr><th class=\"n\">Rank</th><th>Hypothesis</th><th class=\"n\">Weighted inconsistency</th><th class=\"n\">I/II count</th></tr></thead><tbody>\n");
        foreach (var h in score.Hypotheses.OrderBy(h => h.Rank).ThenBy(h => h.Id, StringComparer.Ordinal))
        {
            html.Append($"<tr><td class=\"n\">{h.Rank}</td><td>{E(h.Name)}</td><td class=\"n\">{h.Inconsistency.ToString("0.00", CultureInfo.InvariantCulture)}</td><td class=\"n\">{h.InconsistentCount}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        var critical = e.CriticalItems.Select(id => $"“{Label(e, id)}”").ToList();
        html.Append("<p>").Append(critical.Count == 0
            ? "Sensitivity: dropping any single item, as if it were wrong or deceptive, leaves the leading hypothesis unchanged."
            : $"Sensitivity: if {E(string.Join(" or ", critical))} were wrong or deceptive, another hypothesis would lead; these items deserve the closest check.").Append("</p>\n");

        html.Append("<table class=\"data\"><thead><tr><th>Evidence (as it reads today)</th><th>Cred.</th><th>Rel.</th>");
        foreach (var h in e.Matrix.Hypotheses)
        {
            html.Append($"<th title=\"{E(h.Name)}\">{E(h.Id)}</th>");
        }

        html.Append("<th class=\"n\">Diag.</th></tr></thead><tbody>\n");
        foreach (var (item, diagnosticity) in e.Evidence.Zip(score.Items))
        {
            var what = $"Evidence: {Label(e, item.Item.Id)}";
            var cite = item.Item.Kind == EvidenceKind.Claim && (item.Claim?.Id ?? item.Item.Reference) is { } claim
                ? notes.Cite(what, [], [claim])
                : item.EventIds.Count > 0 ? notes.Cite(what, item.EventIds) : "";
            html.Append($"<tr><td>{Reading(item, cite, content, notes)}</td><td>{Level(item.Item.Credibility)}</td><td>{Level(item.Item.Relevance)}</td>");
            foreach (var h in e.Matrix.Hypotheses)
            {
                html.Append($"<td>{item.Ratings[h.Id]}</td>");
            }

            html.Append($"<td class=\"n\">{diagnosticity.Diagnosticity}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        html.Append("<p class=\"tlp-note\">Ratings: CC very consistent, C consistent, N neutral, I inconsistent, II very inconsistent, NA not applicable. Inconsistency counts I as 1 and II as 2, times the item's credibility and relevance weights. Diagnosticity is the spread of an item's consistency across hypotheses (0: it cannot help choose). Indicator items are rated per state of their live reading, so the matrix follows the data.</p>\n");
    }

    private static string Level(WeightLevel level) => WireNames.Weight(level);

    /// <summary>An item as the analyst wrote it, not its id.</summary>
    private static string Label(Assessment.MatrixEvaluation evaluation, string itemId) =>
        evaluation.Matrix.Items.FirstOrDefault(i => i.Id == itemId)?.Text.TrimEnd('.') is { Length: > 0 } text ? text : itemId;

    /// <summary>
    /// The item's reading with its note; an indicator reading's baseline ("against 10 in the twelve
    /// before") gets a note of its own, placed after it.
    /// </summary>
    private static string Reading(ResolvedEvidence item, string cite, ReportContent content, Footnotes notes)
    {
        const string Baseline = " in the twelve before";
        var reading = E(item.Reading) + cite;
        if (item.BaselineEventIds is not { } ids)
        {
            return reading;
        }

        var note = notes.Cite($"Evidence: {Label(content.Assessment, item.Item.Id)}: the twelve months to {Day(content.Assessment.AsOf.AddYears(-1))}", ids);
        var at = reading.IndexOf(Baseline, StringComparison.Ordinal);
        return at < 0 ? reading + note : reading.Insert(at + Baseline.Length, note);
    }
}
