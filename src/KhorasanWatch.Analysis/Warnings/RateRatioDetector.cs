using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings.Family;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// Rate-ratio tests on calendar windows: the last complete quarter against the same quarter a year
/// earlier, and the last twelve complete months against the twelve before them. The family tests
/// them on the window's periods with the quasi-Poisson deviance; the words give the exact Poisson
/// ratio per day, its interval and its own p.
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

    public static Warning Describe(Timeline timeline, WatchedSeries series, DateOnly asOf, TestOutcome outcome)
    {
        var (detector, current, baseline) = Comparisons(asOf)[outcome.Test.Kind == TestKind.YearOnYear ? 0 : 1];
        var now = timeline.In(current).Where(series.Counts).ToList();
        var before = timeline.In(baseline).Count(series.Counts);
        var size = Statistics.RateRatio.Compare(now.Count, current.Days, before, baseline.Days);
        var statement =
            $"{Wording.Capitalised(series.Plural)} {Wording.Verb(outcome.Direction)}: {series.Of(now.Count)} in {Wording.Span(current)} " +
            $"against {before:N0} in {Wording.Span(baseline)}; {size.Describe()} if months were Poisson; {outcome.Chance("so large a difference")}.";
        return outcome.Stamp(new Warning(
            series.Id, detector, outcome.Direction, outcome.Level,
            size.Ratio, size.Low, size.High, size.P, current.End, current, statement, now.Select(e => e.Id).ToList()));
    }
}
