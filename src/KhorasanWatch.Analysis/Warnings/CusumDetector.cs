using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Warnings.Family;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// Words a CUSUM's finding. The CUSUM runs over the monitored periods on counts standardised by the
/// baseline (<see cref="FamilyStatistics.CusumPath"/>), designed for a change of
/// <see cref="WarningOptions.DesignRatio"/>; its statistic is calibrated with the family's other
/// tests (<see cref="FamilyCalibration"/>) instead of against a threshold that would take the
/// estimated baseline as the truth. The statistic is where it stands at the last monitored
/// period (the strongest run of periods ending now), so it fires in that period; its size is the
/// rate of that run against the baseline, a span the CUSUM chose, so the ratio's own p is not
/// adjusted for the choice (the level is set by the family p, which is).
/// </summary>
internal static class CusumDetector
{
    public static Warning Describe(SeriesCounts series, TestOutcome outcome, WarningOptions options)
    {
        var offset = series.Window.BaselineCount;
        var fit = BaselineFit.Of(series.BaselineCounts);
        var path = FamilyStatistics.CusumPath(series.Counts, offset, fit, outcome.Test.Rise, options.DesignRatio);
        var peak = path.Length - 1;
        var start = peak;
        while (start > 0 && path[start - 1] > 0 && path[start] > 0)
        {
            start--;
        }

        var first = offset + start;
        var last = offset + peak;
        var periods = series.Window.Periods;
        var inRun = series.Counts[first..(last + 1)].Sum();
        var size = RateRatio.Compare(inRun, last - first + 1, series.BaselineCounts.Sum(), offset);
        var statement =
            $"{Wording.Capitalised(series.Series.Plural)} {Wording.Verb(outcome.Direction)}: {series.Series.Of(inRun)} in {Wording.Span(periods[first], periods[last])} " +
            $"against {Wording.Rate(size.BaselineRate, options.Cadence)} in {Wording.Span(periods[0], periods[offset - 1])}; {size.Describe()} " +
            "(for the span the CUSUM picked, not adjusted for choosing it). " +
            $"The CUSUM for ×{options.DesignRatio:0.##}, on counts scaled by the baseline's dispersion (variance {fit.Dispersion:0.0}× the mean), stands at {path[^1]:0.0} in {periods[last].Words}, after a run from {periods[first].Words}; " +
            $"{outcome.Chance("so high a standing")}.";
        return outcome.Stamp(new Warning(
            series.Series.Id, "cusum", outcome.Direction, outcome.Level,
            size.Ratio, size.Low, size.High, size.P, periods[last].End, new Period(PeriodKind.Window, periods[first].Start, periods[last].End),
            statement, series.IdsBetween(first, last)));
    }
}
