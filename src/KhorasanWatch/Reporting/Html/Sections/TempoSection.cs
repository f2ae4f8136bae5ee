using System.Text;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Reporting.Charts;
using static KhorasanWatch.Reporting.Html.HtmlText;
using KhorasanWatch.Analysis.Formats;

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
            .Select(w => new ChartMarker(w.Fired, $"{DetectorName(w.Detector)} {WireNames.Level(w.Level)}"))
            .ToList();
        var chart = ColumnChart.Render(new ColumnChartSpec(
            $"{actor} attacks per month, {months[0].Period.Label} to {months[^1].Period.Label}",
            "Month",
            context is null ? "Attacks per month" : "Attacks or events per month",
            months.Select(m => m.Period).ToList(),
            new ChartSeries($"{actor} attacks", months.Select(m => m.Attacks.Count).ToList()),
            context,
            SecondSeriesLayout.Line,
            markers));
        var attacksNote = notes.Cite($"{actor} attacks in the period", content.Window.Attacks.EventIds);
        html.Append($"<figure>{chart}<figcaption>{E(actor)} attacks per month{attacksNote}");
        html.Append(context is null
            ? "; the store holds no other actors' events for context.</figcaption></figure>\n"
            : $", with other actors' events in Afghanistan as a line{OtherActorsNote(content, notes)}.</figcaption></figure>\n");

        var window = content.Window;
        var deaths = window.Fatalities.NoneRecorded(window.Attacks.Count) ? "deaths not recorded"
            : window.Fatalities.Unknown > 0 ? $"{Of(window.Fatalities.Best, "death")} ({window.Fatalities.Unknown} with no toll)"
            : Of(window.Fatalities.Best, "death");
        html.Append($"<p>{Of(window.Attacks.Count, "attack")}{attacksNote} and {deaths} in them between {Day(content.Request.From)} and {Day(content.Request.To)}");
        var (compared, unreached) = (new List<string>(), new List<string>());
        var yearEarlier = "the same days a year earlier";
        if (window.Tempo.YearOnYear is { } yoy && content.YearEarlier is { } sameDays)
        {
            compared.Add(Against(yoy, yearEarlier, notes.Cite($"{actor} attacks on {yearEarlier}", sameDays.Attacks.EventIds)));
        }
        else if (window.Period.YearEarlier().End < window.Period.Start)
        {
            unreached.Add("a year earlier"); // A window longer than a year has no year-earlier comparison at all.
        }

        var daysBefore = $"the {Of(window.Period.Days, "day")} before";
        if (window.Tempo.PeriodOnPeriod is { } prev && content.PreviousWindow is { } before)
        {
            compared.Add(Against(prev, daysBefore, notes.Cite($"{actor} attacks in {daysBefore}", before.Attacks.EventIds)));
        }
        else
        {
            unreached.Add(daysBefore);
        }

        html.Append(compared.Count == 0 ? "" : ": " + string.Join(", and ", compared));
        html.Append(unreached.Count == 0 ? "." : $"; the data do not reach {string.Join(" or ", unreached)}.");
        if (window.AttacksHigh.Count > window.Attacks.Count)
        {
            var possible = window.AttacksHigh.EventIds.Except(window.Attacks.EventIds, StringComparer.Ordinal).ToList();
            html.Append($" Attribution as bounds: {window.Attacks.Count} to {window.AttacksHigh.Count} attacks and {window.Fatalities.Best:N0} to {window.FatalitiesHigh.Best:N0} deaths, ");
            html.Append($"the high end counting the {Of(possible.Count, "attack")}{notes.Cite($"attacks of uncertain attribution in the period", possible)} whose source leaves open whether {E(actor)} carried {(possible.Count == 1 ? "it" : "them")} out.");
        }

        html.Append("</p>\n");
        WriteEngagements(html, window.Engagements, actor, notes);
        var (sources, recordInitiators, lethalOnly) = content.EventSources;
        if (sources.Count > 0 && !recordInitiators)
        {
            html.Append($"<p class=\"no-data\">The loaded sources ({E(string.Join(", ", sources))}) do not record who started a fight, ");
            html.Append($"so the key points read tempo from all {E(actor)}'s events: {Of(window.Events.Count, "event")}{notes.Cite($"{actor} events in the period", window.Events.EventIds)} in the period, attacks and engagements together. ");
            html.Append("The attack counts here hold only those the source or the headlines attribute to it.</p>\n");
        }

        if (lethalOnly)
        {
            html.Append($"<p class=\"no-data\">{E(IndicatorRules.LethalOnlyNote(sources))}</p>\n");
        }

        html.Append("<table class=\"data\"><thead><tr><th>Period</th><th class=\"n\">Attacks</th><th class=\"n\">Deaths</th><th class=\"n\">Uncertain</th><th>Against a year earlier</th></tr></thead><tbody>\n");
        // Each ratio's baseline has its own note; a baseline that is itself a row of the table shares that row's note.
        foreach (var (p, then) in content.Periods.Zip(content.PeriodsYearEarlier))
        {
            var label = p.Period.Label + (p.Period.Partial ? " (part)" : "");
            html.Append($"<tr><td>{E(label)}</td><td class=\"n\">{N(p.Attacks.Count)}{notes.Cite($"{actor} attacks, {label}", p.Attacks.EventIds)}</td>");
            var uncertain = p.Uncertain.Count == 0 ? "" : notes.Cite($"Events of uncertain attribution, {label}", p.Uncertain.EventIds);
            html.Append($"<td class=\"n\">{(p.Fatalities.NotRecorded ? "not recorded" : N(p.Fatalities.Best))}</td><td class=\"n\">{N(p.Uncertain.Count)}{uncertain}</td>");
            var thenLabel = then.Period.Label + (then.Period.Partial ? " (part)" : "");
            html.Append($"<td>{(p.Tempo.YearOnYear is { } c ? E(c.Describe()) + notes.Cite($"{actor} attacks, {thenLabel}", then.Attacks.EventIds) : "<span class=\"no-data\">no comparison</span>")}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        WriteWarnings(html, content, notes);
    }

    private static void WriteWarnings(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var report = content.Warnings;
        html.Append($"<h3>Warnings as of {Day(report.AsOf)}: <span class=\"level-{WireNames.Level(report.Level)}\">{WireNames.Level(report.Level)}</span></h3>\n");
        html.Append($"<p>{Of(report.Tests, "test")} ran. {E(report.Chance.Describe())}</p>\n");
        if (report.Warnings.Count == 0)
        {
            html.Append("<p>No detector fired.</p>\n");
        }
        else
        {
            Findings(html, report.Warnings, content.Rules, notes);
        }

        if (report.Declines.Count > 0)
        {
            html.Append($"<p>Declines, tested as a family of their own; a fall matters to the assessment but is no sign of resurgence, so it never raises the level ({Of(report.Declines.Count, "finding")}):</p>\n");
            Findings(html, report.Declines, content.Rules, notes);
        }
    }

    private static void Findings(StringBuilder html, IReadOnlyList<Warning> warnings, IndicatorRules rules, Footnotes notes)
    {
        html.Append("<table class=\"data\"><thead><tr><th>Level</th><th>Fired</th><th>Finding</th></tr></thead><tbody>\n");
        foreach (var w in warnings)
        {
            var level = WireNames.Level(w.Level);
            html.Append($"<tr><td><span class=\"level-{level}\">{level}</span></td><td>{Day(w.Fired)}</td><td>{E(w.Statement)}{notes.Cite(Title(w, rules), w.EventIds)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static string Title(Warning w, IndicatorRules rules) =>
        $"Events behind the {DetectorName(w.Detector)} signal on {WatchedSeries.For(rules).FirstOrDefault(s => s.Id == w.Indicator)?.Plural ?? w.Indicator.Replace('_', ' ')}";

    /// <summary>A detector as a reader knows it: "CUSUM", "change-point", "rate-ratio".</summary>
    /// <summary>Fights whose source names no initiator, and what their text says of who acted (docs/engagements.md).</summary>
    private static void WriteEngagements(StringBuilder html, Engagements engaged, string actor, Footnotes notes)
    {
        if (engaged.All.Count == 0)
        {
            return;
        }

        var deaths = engaged.Deaths.NoneRecorded(engaged.All.Count) ? "deaths not recorded" : Of(engaged.Deaths.Best, "death");
        html.Append($"<p>Beside the attacks, {Of(engaged.All.Count, "engagement")}{notes.Cite($"{actor} engagements with no initiator recorded", engaged.All.EventIds)} ({deaths}): ");
        html.Append($"fights in which {E(actor)} was a party and the source names no initiator (UCDP's state-based and non-state events). Read from their headlines, ");
        html.Append($"{engaged.ActorAttacks.Count}{notes.Cite($"engagements read as {actor} attacks", engaged.ActorAttacks.EventIds)} were {E(actor)}'s attacks (counted above), ");
        html.Append($"{engaged.OperationsAgainstActor.Count}{notes.Cite($"engagements read as operations against {actor}", engaged.OperationsAgainstActor.EventIds)} operations against it, ");
        html.Append($"and {engaged.Undetermined.Count}{notes.Cite($"engagements whose text does not say who acted", engaged.Undetermined.EventIds)} do not say who acted.</p>\n");
    }

    private static string DetectorName(string detector) => detector switch
    {
        "cusum" => "CUSUM",
        "change_point" => "change-point",
        _ when detector.StartsWith("rate_ratio", StringComparison.Ordinal) => "rate-ratio",
        _ => detector.Replace('_', ' '),
    };

    /// <summary>"×1.7 (95 % CI 0.9–3.3), p = 0.09 against the 1,138 days before (18 attacks¹)", or "as in … (0 attacks¹)" when both windows are empty.</summary>
    private static string Against(RateComparison c, string baseline, string cite) =>
        c.Current + c.Baseline == 0
            ? $"as in {E(baseline)} ({Of(0, "attack")}{cite})"
            : $"{E(c.Describe())} against {E(baseline)} ({Of(c.Baseline, "attack")}{cite})";

    /// <summary>Other actors' events are counted by the store, not loaded one by one, so their note says how to list them.</summary>
    private static string OtherActorsNote(ReportContent content, Footnotes notes)
    {
        var first = content.Months[0].Period.Start;
        var last = content.Months[^1].Period.End;
        var (from, to) = (new DateOnly(first.Year, first.Month, 1), new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1));
        var home = content.Rules.HomeCountry;
        var actor = content.Request.ActorName;
        return notes.CiteUnlisted(
            $"Other actors' events in Afghanistan, {Days(from, to)}",
            $"{Of(content.OtherActorsPerMonth.Sum(), "event")} in the store in which {E(actor)} has no role, counted month by month and too many to list here; " +
            $"<code>kwatch events --country {home} --from {from:yyyy-MM-dd} --to {to:yyyy-MM-dd}</code> lists them with {E(actor)}'s own.");
    }
}
