using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// Exact rate-ratio tests on calendar windows: the last complete quarter against the same quarter a
/// year earlier, and the last twelve complete months against the twelve before them.
/// </summary>
internal static class RateRatioDetector
{
    public static IReadOnlyList<(string Detector, Period Current, Period Baseline)> Comparisons(DateOnly asOf)
    {
        var quarter = Indicators.Periods.LastComplete(asOf, PeriodKind.Quarter);
        var month = Indicators.Periods.LastComplete(asOf, PeriodKind.Month);
        var year = new Period(PeriodKind.Window, month.End.AddDays(1).AddYears(-1), month.End);
        return
        [
            ("rate_ratio_year_on_year", quarter, quarter.YearEarlier()),
            ("rate_ratio_last_12_months", year, year.Previous()),
        ];
    }

    public static void Run(Timeline timeline, WatchedSeries series, DateOnly asOf, DateOnly coverageStart, Findings findings)
    {
        foreach (var (detector, current, baseline) in Comparisons(asOf))
        {
            if (baseline.Start < coverageStart)
            {
                findings.Notes.Add($"{series.Id}: {detector} needs data from {baseline.Start:yyyy-MM-dd}; the data start on {coverageStart:yyyy-MM-dd}.");
                continue;
            }

            var now = timeline.In(current).Where(series.Counts).ToList();
            var before = timeline.In(baseline).Count(series.Counts);
            var size = RateRatio.Compare(now.Count, current.Days, before, baseline.Days);
            var direction = size.Current >= size.Baseline * current.Days / baseline.Days ? Direction.Up : Direction.Down;
            var statement =
                $"{Wording.Capitalised(series.Plural)} {Wording.Verb(direction)}: {series.Of(now.Count)} in {Wording.Span(current)} " +
                $"against {before:N0} in {Wording.Span(baseline)}; {size.Describe()}.";
            findings.Tested(new Warning(
                series.Id, detector, direction, WarningLevels.For(direction, size.P, size.Low),
                size.Ratio, size.Low, size.High, size.P, current.End, current, statement, now.Select(e => e.Id).ToList()));
        }
    }
}
