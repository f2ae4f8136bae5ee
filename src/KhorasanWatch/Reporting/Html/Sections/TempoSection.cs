using System.Text;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Reporting.Charts;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>Attacks per month with other actors' events for context, the period's rate ratios in words and numbers, a table per period, and the warnings with when they fired.</summary>
internal static class TempoSection
{
    public static void Write(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var actor = content.Request.ActorName;
        html.Append("<h2 id=\"tempo\">Tempo</h2>\n");
        var months = content.Months;
        var context = content.OtherActorsPerMonth.Sum() > 0
            ? new ChartSeries("Other actors' events in Afghanistan", content.OtherActorsPerMonth.Select(n => (int)Math.Min(n, int.MaxValue)).ToList())
            : null;
        var markers = content.Warnings.Warnings
            .Where(w => w.Indicator == "attacks" && w.Detector is "cusum" or "change_point" && w.Fired >= content.Request.From && w.Fired <= content.Request.To)
            .Select(w => new ChartMarker(w.Fired, $"{w.Detector.Replace('_', ' ')} {w.Level.ToString().ToLowerInvariant()}"))
            .ToList();
        var chart = ColumnChart.Render(new ColumnChartSpec(
            $"{actor} attacks per month, {months[0].Period.Label} to {months[^1].Period.Label}",
            "Month",
            "Events per month",
            months.Select(m => m.Period).ToList(),
            new ChartSeries($"{actor} attacks", months.Select(m => m.Attacks.Count).ToList()),
            context,
            SecondSeriesLayout.Line,
            markers));
        html.Append($"<figure>{chart}<figcaption>{E(actor)} attacks per month{(context is null ? "; the store holds no other actors' events for context" : ", with other actors' events in Afghanistan as a line")}.{notes.Cite($"{actor} attacks in the period", content.Window.Attacks.EventIds)}</figcaption></figure>\n");

        var window = content.Window;
        html.Append($"<p>{Of(window.Attacks.Count, "attack")}{notes.Cite($"{actor} attacks in the period", window.Attacks.EventIds)} and {Of(window.Fatalities.Best, "death")} in them between {Day(content.Request.From)} and {Day(content.Request.To)}");
        html.Append(window.Tempo.YearOnYear is { } yoy && !double.IsNaN(yoy.Ratio)
            ? $": {E(yoy.Describe())} against the same days a year earlier ({Of(yoy.Baseline, "attack")}{notes.Cite($"{actor} attacks a year earlier", content.YearEarlier.Attacks.EventIds)})"
            : window.Period.YearEarlier().End >= window.Period.Start ? "" : "; the data do not reach a year earlier");
        html.Append(window.Tempo.PeriodOnPeriod is { } prev && !double.IsNaN(prev.Ratio)
            ? $", and {E(prev.Describe())} against the {Of(window.Period.Days, "day")} before ({Of(prev.Baseline, "attack")}{notes.Cite($"{actor} attacks in the window before", content.PreviousWindow.Attacks.EventIds)})."
            : ".");
        html.Append("</p>\n");

        html.Append("<table class=\"data\"><thead><tr><th>Period</th><th class=\"n\">Attacks</th><th class=\"n\">Deaths</th><th class=\"n\">Uncertain</th><th>Against a year earlier</th></tr></thead><tbody>\n");
        foreach (var p in content.Periods)
        {
            var label = p.Period.Label + (p.Period.Partial ? " (part)" : "");
            html.Append($"<tr><td>{E(label)}</td><td class=\"n\">{N(p.Attacks.Count)}{notes.Cite($"{actor} attacks, {label}", p.Attacks.EventIds)}</td>");
            html.Append($"<td class=\"n\">{N(p.Fatalities.Best)}</td><td class=\"n\">{N(p.Uncertain.Count)}</td>");
            html.Append($"<td>{(p.Tempo.YearOnYear is { } c && !double.IsNaN(c.Ratio) ? E(c.Describe()) : "<span class=\"no-data\">no comparison</span>")}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        WriteWarnings(html, content, notes);
    }

    private static void WriteWarnings(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var report = content.Warnings;
        html.Append($"<h3>Warnings as of {Day(report.AsOf)}: <span class=\"level-{report.Level.ToString().ToLowerInvariant()}\">{report.Level.ToString().ToLowerInvariant()}</span></h3>\n");
        html.Append($"<p>{Of(report.Tests, "test")} ran; at p &lt; 0.05 about {(report.Tests / 20.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} would reach <i>watch</i> by chance alone.</p>\n");
        if (report.Warnings.Count == 0)
        {
            html.Append("<p>No detector fired.</p>\n");
            return;
        }

        html.Append("<table class=\"data\"><thead><tr><th>Level</th><th>Fired</th><th>Finding</th></tr></thead><tbody>\n");
        foreach (var w in report.Warnings)
        {
            var level = w.Level.ToString().ToLowerInvariant();
            html.Append($"<tr><td><span class=\"level-{level}\">{level}</span></td><td>{Day(w.Fired)}</td><td>{E(w.Statement)}{notes.Cite(Title(w), w.EventIds)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static string Title(Warning w) => $"Events behind the {w.Detector.Replace('_', ' ')} signal on {w.Indicator.Replace('_', ' ')}";
}
