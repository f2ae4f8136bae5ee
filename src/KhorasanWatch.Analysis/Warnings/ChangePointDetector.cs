using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// Words a change point's finding: the maximum-likelihood single change in rate, up (or down),
/// with the new rate starting in the monitored periods, whose likelihood-ratio statistic, scaled by the baseline's dispersion, is
/// calibrated with the family's other tests. The interval is that of the rates either side of the
/// split, not adjusted for having chosen it.
/// </summary>
internal static class ChangePointDetector
{
    public static Warning Describe(SeriesCounts series, TestOutcome outcome, WarningOptions options)
    {
        var counts = series.Counts;
        var split = Math.Max(1, ChangePoint.Strongest(counts, outcome.Test.Rise, series.Window.BaselineCount).FirstPeriodAfter);
        var after = counts[split..].Sum();
        var before = counts[..split].Sum();
        var size = RateRatio.Compare(after, counts.Length - split, before, split);
        var periods = series.Window.Periods;
        var statement =
            $"{Wording.Capitalised(series.Series.Plural)} changed pace from {periods[split].Words}: {Wording.Rate(size.BaselineRate, options.Cadence)} " +
            $"before, {Wording.Rate(size.CurrentRate, options.Cadence)} since ({series.Series.Of(after)}); {size.Size()} " +
            $"({size.Interval()}, not adjusted for choosing the split); {outcome.Chance("so clear a split")}.";
        return outcome.Stamp(new Warning(
            series.Series.Id, "change_point", outcome.Direction, outcome.Level,
            size.Ratio, size.Low, size.High, size.P, periods[^1].End, new Period(PeriodKind.Window, periods[split].Start, periods[^1].End),
            statement, series.IdsBetween(split, counts.Length - 1)));
    }
}
