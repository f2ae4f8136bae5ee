using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Memo;
using KhorasanWatch.Analysis.Warnings.Family;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// The current warnings. For each watched series a CUSUM, a change point and two rate ratios, then
/// new provinces, new countries abroad and the target mix: every test is calibrated with all the
/// others against windows simulated from the null fitted to the baseline (<see cref="FamilyCalibration"/>),
/// so the headline's false-alarm rate is stated for the family, not per test. Rises, new places
/// and shifts make the headline; falls are tested as their own family and reported apart. Pure: the
/// as-of day, the first day the data cover and the seed are parameters, so the same store and
/// arguments give the same warnings.
/// </summary>
public static class WarningDetector
{
    /// <summary>The warnings as of <paramref name="asOf"/>; each end's calibration is taken from <paramref name="memo"/> when it holds it (<see cref="FamilyCalibration.Run"/>).</summary>
    public static WarningReport Detect(
        IEnumerable<ConflictEvent> events, DateOnly asOf, DateOnly coverageStart, Region region, IndicatorRules rules, WarningOptions options, IResultMemo? memo = null)
    {
        var all = events as IReadOnlyList<ConflictEvent> ?? events.ToList();
        var window = MonitoringWindow.Ending(asOf, coverageStart, options);
        var uncertain = window is null ? 0 : all.Count(e =>
            IndicatorRules.IsUncertain(e) && region.Contains(e) && e.Date.Start >= window.Periods[0].Start && e.Date.Start <= asOf);
        if (uncertain == 0)
        {
            return DetectAtOneEnd(all, asOf, coverageStart, region, rules, options, memo);
        }

        // The two ends are independent (each draws its replicates from its own seeded stream), so they run side by side.
        var high = Task.Run(() => DetectAtOneEnd(AttributionBounds.HighEnd(all), asOf, coverageStart, region, rules, options, memo));
        var report = DetectAtOneEnd(all, asOf, coverageStart, region, rules, options, memo);
        return report with { AttributionHigh = new AttributionCheck(uncertain, high.GetAwaiter().GetResult().Level) };
    }

    private static WarningReport DetectAtOneEnd(
        IEnumerable<ConflictEvent> events, DateOnly asOf, DateOnly coverageStart, Region region, IndicatorRules rules, WarningOptions options, IResultMemo? memo)
    {
        var timeline = new Timeline(events.Where(e => region.Contains(e) && e.Date.Start <= asOf));
        var notes = new List<string>();
        var window = MonitoringWindow.Ending(asOf, coverageStart, options);
        if (window is null)
        {
            notes.Add(
                $"No test ran: the data start on {coverageStart:yyyy-MM-dd}, too late for {MonitoringWindow.MinimumBaseline} baseline and " +
                $"{options.MonitorPeriods} monitored periods before {asOf:yyyy-MM-dd}.");
            return new WarningReport(asOf, WarningLevel.None, 0, [], notes, ChanceAlone.None(options.MonitorPeriods));
        }

        var series = WatchedSeries.ForDetection(rules, window.Periods[0].Start, window.Periods[^1].End);
        notes.AddRange(series.Select(s => s.Relabelled).OfType<string>());
        var layout = WindowLayout.Of(window, asOf);
        Explain(layout, window, coverageStart, notes);
        var tests = FamilyTests.For(series, layout);
        var result = FamilyCalibration.Run(WindowData.Observed(window, timeline, series, rules), series, layout, tests, options, memo);
        var counts = series.Select(s => SeriesCounts.Of(s, window, timeline)).ToList();
        var found = new List<Warning>();
        for (var j = 0; j < tests.Count; j++)
        {
            var outcome = new TestOutcome(tests[j], result.Statistics[j], result.CalibratedP[j], result.FamilyP[j], result.Replicates);
            if (outcome.Level == WarningLevel.None || outcome.Statistic <= 0)
            {
                continue;
            }

            var test = tests[j];
            found.Add(test.Kind switch
            {
                TestKind.Cusum => CusumDetector.Describe(counts[test.Series], outcome, options),
                TestKind.ChangePoint => ChangePointDetector.Describe(counts[test.Series], outcome, options),
                TestKind.YearOnYear or TestKind.Last12Months => RateRatioDetector.Describe(timeline, series[test.Series], asOf, outcome),
                _ => PlaceDetector.Describe(timeline, asOf, rules, outcome),
            });
        }

        var warnings = Loudest(found.Where(w => w.Direction != Direction.Down));
        var declines = Loudest(found.Where(w => w.Direction == Direction.Down));
        var rises = tests.Count(t => t.Rise);
        var chance = new ChanceAlone(
            options.MonitorPeriods,
            tests.Count(t => t.Rise && t.IsCusum),
            result.CusumFalseWarnings,
            tests.Count(t => !t.Rise && t.IsCusum),
            result.DeclineFalseWatches,
            tests.Count(t => !t.IsCusum))
        {
            PValueWatches = result.OtherFalseWatches,
            Replicates = result.Replicates,
            HeadlineWatch = result.HeadlineWatch,
            HeadlineWarning = result.HeadlineWarning,
            HeadlineAlert = result.HeadlineAlert,
        };
        var level = warnings.Count == 0 ? WarningLevel.None : warnings[0].Level;
        return new WarningReport(asOf, level, tests.Count, warnings, notes, chance) { Declines = declines };
    }

    private static List<Warning> Loudest(IEnumerable<Warning> warnings) => warnings
        .OrderByDescending(w => w.Level)
        .ThenBy(w => w.FamilyP)
        .ThenByDescending(w => w.Fired)
        .ThenBy(w => w.Indicator, StringComparer.Ordinal)
        .ThenBy(w => w.Detector, StringComparer.Ordinal)
        .ToList();

    private static void Explain(WindowLayout layout, MonitoringWindow window, DateOnly coverageStart, List<string> notes)
    {
        var start = window.Periods[0].Start;
        if (layout.QuarterYearEarlier is null)
        {
            notes.Add($"rate_ratio_year_on_year: the same quarter a year earlier is before the window, which starts on {start:yyyy-MM-dd} (data from {coverageStart:yyyy-MM-dd}).");
        }

        if (layout.Previous12Months is null)
        {
            notes.Add($"rate_ratio_last_12_months: the twelve months before the last twelve start before the window, which starts on {start:yyyy-MM-dd} (data from {coverageStart:yyyy-MM-dd}).");
        }

        if (layout.BeforeQuarter is null)
        {
            notes.Add($"places and targets: the twelve months before the last quarter start before the window, which starts on {start:yyyy-MM-dd} (data from {coverageStart:yyyy-MM-dd}).");
        }
    }
}
