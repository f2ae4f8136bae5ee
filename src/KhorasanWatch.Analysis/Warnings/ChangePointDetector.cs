using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// When did the rate change? The maximum-likelihood change point over the whole window, kept when
/// its simulated p-value (<see cref="ChangePoint.Significance"/>) is below 0.05. The interval is
/// that of the rates either side of the estimate, not adjusted for having chosen the split.
/// </summary>
internal static class ChangePointDetector
{
    public static void Run(SeriesCounts series, WarningOptions options, Findings findings)
    {
        var counts = series.Counts;
        var estimate = ChangePoint.Estimate(counts);
        if (estimate is null)
        {
            findings.Notes.Add($"{series.Series.Id}: no events in the window, so no change point.");
            return;
        }

        var p = ChangePoint.Significance(counts, seed: options.Seed);
        var split = estimate.FirstPeriodAfter;
        var after = counts[split..].Sum();
        var size = RateRatio.Compare(after, counts.Length - split, counts[..split].Sum(), split);
        var direction = estimate.RateAfter > estimate.RateBefore ? Direction.Up : Direction.Down;
        var periods = series.Window.Periods;
        var statement =
            $"{Wording.Capitalised(series.Series.Plural)} changed pace from {periods[split].Label}: {Wording.Rate(estimate.RateBefore, options.Cadence)} " +
            $"before, {Wording.Rate(estimate.RateAfter, options.Cadence)} since ({series.Series.Of(after)}); ×{Figures.Ratio(size.Ratio)} " +
            $"(95 % CI {Figures.Ratio(size.Low)}–{Figures.Ratio(size.High)}, not adjusted for choosing the split); the change is significant at {Figures.P(p)} ({999:N0} simulations).";
        findings.Tested(new Warning(
            series.Series.Id, "change_point", direction, WarningLevels.For(direction, p, size.Low),
            size.Ratio, size.Low, size.High, p, periods[^1].End, new Period(PeriodKind.Window, periods[split].Start, periods[^1].End),
            statement, series.IdsBetween(split, counts.Length - 1)));
    }
}
