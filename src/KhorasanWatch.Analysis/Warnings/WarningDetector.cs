using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// The current warnings: for each watched series, upper and lower CUSUMs, the change point and the
/// exact rate-ratio tests; then new places and the target mix. Pure: the as-of day, the first day
/// the data cover and the seed of the Monte Carlo p-values are parameters, so the same store and
/// arguments give the same warnings.
/// </summary>
public static class WarningDetector
{
    public static WarningReport Detect(
        IEnumerable<ConflictEvent> events, DateOnly asOf, DateOnly coverageStart, Region region, IndicatorRules rules, WarningOptions options)
    {
        var timeline = new Timeline(events.Where(e => region.Contains(e) && e.Date.Start <= asOf));
        var findings = new Findings(options.MonitorPeriods);
        var window = MonitoringWindow.Ending(asOf, coverageStart, options);
        if (window is null)
        {
            findings.Notes.Add(
                $"CUSUM and change point: the data start on {coverageStart:yyyy-MM-dd}, too late for {MonitoringWindow.MinimumBaseline} baseline and " +
                $"{options.MonitorPeriods} monitored periods before {asOf:yyyy-MM-dd}.");
        }

        foreach (var series in WatchedSeries.For(rules))
        {
            if (window is not null)
            {
                var counts = SeriesCounts.Of(series, window, timeline);
                CusumDetector.Run(counts, options, findings);
                ChangePointDetector.Run(counts, options, findings);
            }

            RateRatioDetector.Run(timeline, series, asOf, coverageStart, findings);
        }

        PlaceDetector.Run(timeline, asOf, coverageStart, rules, findings);
        var warnings = findings.Warnings
            .OrderByDescending(w => w.Level)
            .ThenByDescending(w => w.Fired)
            .ThenBy(w => w.Indicator, StringComparer.Ordinal)
            .ThenBy(w => w.Detector, StringComparer.Ordinal)
            .ToList();
        var level = warnings.Count == 0 ? WarningLevel.None : warnings[0].Level;
        return new WarningReport(asOf, level, findings.Tests, warnings, findings.Notes, findings.Chance);
    }
}
