using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// The readings evidence items can link to, computed from the events as of a day: for each watched
/// series (<see cref="WatchedSeries"/>), "<c>ID_12m</c>" compares the last twelve months with the
/// twelve before by the exact rate-ratio test — <c>up</c> or <c>down</c> at p &lt; 0.05, <c>flat</c>
/// otherwise (not significant), <c>no_data</c> when the data do not reach back — and
/// <c>warning_level</c> is the current warning level (none, watch, warning, alert; significant from
/// warning up). The sentences go into the report as they
/// are, so they write days and counts as the report does and name countries, not ISO codes.
/// </summary>
public static class IndicatorReadings
{
    public static IReadOnlyDictionary<string, IndicatorReading> Compute(
        IReadOnlyList<ConflictEvent> events, DateOnly asOf, DateOnly coverageStart, IndicatorRules rules, WarningReport warnings)
    {
        var year = new Period(PeriodKind.Window, asOf.AddYears(-1).AddDays(1), asOf);
        var before = year.Previous();
        var day = Figures.Day(asOf);
        var readings = new Dictionary<string, IndicatorReading>(StringComparer.Ordinal);
        // Comparisons, so a category relabelled inside the two years is counted as one (WatchedSeries.ForDetection).
        var others = IndicatorRules.RecordsOtherEvents(events);
        foreach (var series in WatchedSeries.ForDetection(rules, before.Start, asOf))
        {
            var now = events.Where(e => year.Contains(e.Date.Start) && series.Counts(e)).ToList();
            var id = series.Id + "_12m";
            if (!series.OfAttacks && !others)
            {
                readings[id] = new IndicatorReading(id, "not_recorded", $"{series.Plural} are {IndicatorRules.SelectionNotRecorded}.", []) { Significant = false };
                continue;
            }

            var counted = $"{Figures.Count(now.Count, series.Singular, series.Plural)} in the twelve months to {day}";
            if (before.Start < coverageStart)
            {
                readings[id] = new IndicatorReading(id, "no_data", $"{counted}; the data do not reach the twelve before.", Ids(now));
                continue;
            }

            var then = events.Where(e => before.Contains(e.Date.Start) && series.Counts(e)).ToList();
            var c = RateRatio.Compare(now.Count, year.Days, then.Count, before.Days);
            var state = c.P < 0.05 && c.Ratio > 1 ? "up" : c.P < 0.05 && c.Ratio < 1 ? "down" : "flat";
            readings[id] = new IndicatorReading(
                id, state, $"{counted} against {then.Count.ToString("#,0", CultureInfo.InvariantCulture)} in the twelve before: {c.Describe()} ({state}).", Ids(now), Ids(then))
            {
                Significant = state != "flat",
            };
        }

        var level = WireNames.Level(warnings.Level);
        var signals = warnings.Warnings.Count == 0 ? "no signals" : Figures.Count(warnings.Warnings.Count, "signal");
        readings["warning_level"] = new IndicatorReading(
            "warning_level", level, $"The warning level as of {Figures.Day(warnings.AsOf)} is {level} ({signals} in {Figures.Count(warnings.Tests, "test")}).",
            warnings.Warnings.Count == 0 ? [] : warnings.Warnings[0].EventIds)
        {
            // Below 'warning' the family's false-alarm rate exceeds 5 %: no finding at the stated level.
            Significant = warnings.Level >= WarningLevel.Warning,
        };
        return readings;
    }

    private static List<string> Ids(IEnumerable<ConflictEvent> events) => events.Select(e => e.Id).ToList();
}
