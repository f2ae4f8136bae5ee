using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Warnings;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// The readings evidence items can link to, computed from the events as of a day: for each watched
/// series (<see cref="WatchedSeries"/>), "<c>ID_12m</c>" compares the last twelve months with the
/// twelve before by the exact rate-ratio test — <c>up</c> or <c>down</c> at p &lt; 0.05, <c>flat</c>
/// otherwise, <c>no_data</c> when the data do not reach back — and <c>warning_level</c> is the
/// current warning level (none, watch, warning, alert).
/// </summary>
public static class IndicatorReadings
{
    public static IReadOnlyDictionary<string, IndicatorReading> Compute(
        IReadOnlyList<ConflictEvent> events, DateOnly asOf, DateOnly coverageStart, IndicatorRules rules, WarningReport warnings)
    {
        var year = new Period(PeriodKind.Window, asOf.AddYears(-1).AddDays(1), asOf);
        var before = year.Previous();
        var readings = new Dictionary<string, IndicatorReading>(StringComparer.Ordinal);
        foreach (var series in WatchedSeries.For(rules))
        {
            var now = events.Where(e => year.Contains(e.Date.Start) && series.Counts(e)).ToList();
            var id = series.Id + "_12m";
            if (before.Start < coverageStart)
            {
                readings[id] = new IndicatorReading(id, "no_data", $"{series.Of(now.Count)} in the twelve months to {asOf:yyyy-MM-dd}; the data do not reach the twelve before.", Ids(now));
                continue;
            }

            var then = events.Count(e => before.Contains(e.Date.Start) && series.Counts(e));
            var c = RateRatio.Compare(now.Count, year.Days, then, before.Days);
            var state = c.P < 0.05 && c.Ratio > 1 ? "up" : c.P < 0.05 && c.Ratio < 1 ? "down" : "flat";
            readings[id] = new IndicatorReading(id, state, $"{series.Of(now.Count)} in the twelve months to {asOf:yyyy-MM-dd} against {then:N0} in the twelve before: {c.Describe()} ({state}).", Ids(now));
        }

        var level = warnings.Level.ToString().ToLowerInvariant();
        readings["warning_level"] = new IndicatorReading(
            "warning_level", level, $"The warning level as of {warnings.AsOf:yyyy-MM-dd} is {level} ({warnings.Warnings.Count} signals in {warnings.Tests} tests).",
            warnings.Warnings.Count == 0 ? [] : warnings.Warnings[0].EventIds);
        return readings;
    }

    private static List<string> Ids(IEnumerable<ConflictEvent> events) => events.Select(e => e.Id).ToList();
}
