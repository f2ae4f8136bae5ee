using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// When did the rate change? The maximum-likelihood change point over the whole window, kept when
/// its simulated p-value (<see cref="ChangePoint.Significance"/>) is at most 0.05 (simulated p-values
/// meet thresholds inclusively, see <see cref="WarningLevels"/>). The interval is
/// that of the rates either side of the estimate, not adjusted for having chosen the split.
/// </summary>
internal static class ChangePointDetector
{
    private const int Replicates = 999;

    /// <summary>"p = 0.02 (999 simulations)", or at the floor of a simulated p "p ≤ 0.001 (none of 999 simulations split as well)".</summary>
    private static string Significance(double p) =>
        p <= 1.0 / (Replicates + 1)
            ? $"p ≤ {1.0 / (Replicates + 1):0.###} (none of {Replicates:N0} simulations split as well)"
            : $"{Figures.P(p)} ({Replicates:N0} simulations)";

    public static void Run(SeriesCounts series, WarningOptions options, Findings findings)
    {
        var counts = series.Counts;
        var estimate = ChangePoint.Estimate(counts);
        if (estimate is null)
        {
            findings.Notes.Add($"{series.Series.Id}: no events in the window, so no change point.");
            return;
        }

        var p = ChangePoint.Significance(counts, Replicates, options.Seed);
        var split = estimate.FirstPeriodAfter;
        var after = counts[split..].Sum();
        var size = RateRatio.Compare(after, counts.Length - split, counts[..split].Sum(), split);
        var direction = estimate.RateAfter > estimate.RateBefore ? Direction.Up : Direction.Down;
        var periods = series.Window.Periods;
        var statement =
            $"{Wording.Capitalised(series.Series.Plural)} changed pace from {periods[split].Words}: {Wording.Rate(estimate.RateBefore, options.Cadence)} " +
            $"before, {Wording.Rate(estimate.RateAfter, options.Cadence)} since ({series.Series.Of(after)}); {size.Size()} " +
            $"({size.Interval()}, not adjusted for choosing the split); the change is significant at {Significance(p)}.";
        findings.Tested(new Warning(
            series.Series.Id, "change_point", direction, WarningLevels.For(direction, p, size.Low, simulatedP: true),
            size.Ratio, size.Low, size.High, p, periods[^1].End, new Period(PeriodKind.Window, periods[split].Start, periods[^1].End),
            statement, series.IdsBetween(split, counts.Length - 1)));
    }
}
