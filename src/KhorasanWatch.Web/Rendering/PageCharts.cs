using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Reporting.Charts;
using KhorasanWatch.UseCases.Overview;

namespace KhorasanWatch.Web.Rendering;

/// <summary>The report's SVG charts, drawn for the dashboard's pages.</summary>
public static class PageCharts
{
    public static string Tempo(OverviewResult o) => ColumnChart.Render(new ColumnChartSpec(
        $"{o.ActorId.ToUpperInvariant()} attacks per month, {o.Months[0].Period.Label} to {o.Months[^1].Period.Label}",
        "Month",
        "Attacks per month",
        o.Months.Select(m => m.Period).ToList(),
        new ChartSeries($"{o.ActorId.ToUpperInvariant()} attacks", o.Months.Select(m => m.Attacks.Count).ToList())));

    public static string Targets(OverviewResult o) => HorizontalBarChart.Render(new HorizontalBarChartSpec(
        $"{o.ActorId.ToUpperInvariant()} attacks by target",
        "Attacks",
        o.Targets.Select(t => new ChartBar(t.Category.Label(), t.Count)).ToList(),
        width: 480));
}
