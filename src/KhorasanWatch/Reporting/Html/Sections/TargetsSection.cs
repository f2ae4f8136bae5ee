using System.Text;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Reporting.Charts;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>The target mix of the period as a chart and a table, and whether it shifted against the twelve months before.</summary>
internal static class TargetsSection
{
    public static void Write(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var actor = content.Request.ActorName;
        var mix = content.Window.Targets;
        var rows = mix.Counts.Where(c => c.Value.Count > 0).OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key).ToList();
        html.Append("<h2 id=\"targets\">Targets</h2>\n");
        if (rows.Count == 0)
        {
            html.Append($"<p class=\"no-data\">No {E(actor)} attacks in the period, so no target mix.</p>\n");
            return;
        }

        var chart = HorizontalBarChart.Render(new HorizontalBarChartSpec(
            $"{actor} attacks by target, {Day(content.Request.From)} to {Day(content.Request.To)}",
            "Attacks",
            rows.Select(r => new ChartBar(r.Key.Label(), r.Value.Count)).ToList()));
        html.Append($"<figure>{chart}<figcaption>{E(actor)} attacks by target category.</figcaption></figure>\n");
        html.Append("<table class=\"data\"><thead><tr><th>Target</th><th class=\"n\">Attacks</th><th class=\"n\">Share</th></tr></thead><tbody>\n");
        foreach (var (category, tally) in rows)
        {
            html.Append($"<tr><td>{E(category.Label())}</td><td class=\"n\">{N(tally.Count)}{notes.Cite($"{actor} attacks on {category.Describe()}", tally.EventIds)}</td><td class=\"n\">{Percent(mix.Share(category))}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        html.Append("<p>").Append(Shift(content, notes)).Append("</p>\n");
    }

    private static string Shift(ReportContent content, Footnotes notes)
    {
        if (content.Window.Targets.ShiftAgainstTrailingYear is not { } shift)
        {
            return "<span class=\"no-data\">No shift test: the twelve months before the period have no attacks or lie before the data.</span>";
        }

        var moved = TargetCategories.All
            .Select((c, i) => (Category: c, Residual: shift.Residuals[i]))
            .Where(m => Math.Abs(m.Residual) >= 2)
            .OrderByDescending(m => Math.Abs(m.Residual))
            .Select(m => $"{m.Category.Describe()} {(m.Residual > 0 ? "more" : "less")} often")
            .ToList();
        var method = shift.Method == "permutation" ? "p from 9,999 random relabellings" : "chi-square distribution";
        var before = "the twelve months before";
        var cite = content.TrailingYear is { } year ? notes.Cite($"{content.Request.ActorName} attacks in {before} the period", year.Attacks.EventIds) : "";
        var verdict = shift.P < 0.05
            ? $"The mix shifted against {before}{cite} ({E(Figures.P(shift.P))}){(moved.Count > 0 ? ": " + E(string.Join("; ", moved)) : "")}."
            : $"The mix did not clearly shift against {before}{cite} ({E(Figures.P(shift.P))}).";
        var statistic = shift.Statistic.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        return $"{verdict} Chi-square test of homogeneity, {statistic} on {Of(shift.Degrees, "degree")} of freedom, {E(method)}.";
    }
}
