namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// When did the rate change? The maximum-likelihood single change point of a Poisson count
/// series: the split that best explains the counts as one rate before and another after, with
/// the likelihood-ratio statistic against a single constant rate.
/// </summary>
public static class ChangePoint
{
    /// <summary>
    /// The best split of <paramref name="counts"/> (equal-length periods), or null when the series
    /// has fewer than two periods or no events at all.
    /// </summary>
    public static ChangePointEstimate? Estimate(IReadOnlyList<int> counts)
    {
        if (counts.Any(c => c < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(counts), "Counts cannot be negative.");
        }

        if (counts.Count < 2)
        {
            return null;
        }

        long total = counts.Sum(c => (long)c);
        if (total == 0)
        {
            return null;
        }

        var n = counts.Count;
        var whole = SegmentLogLikelihood(total, n);
        ChangePointEstimate? best = null;
        long before = 0;
        for (var split = 1; split < n; split++)
        {
            before += counts[split - 1];
            var after = total - before;
            var ll = SegmentLogLikelihood(before, split) + SegmentLogLikelihood(after, n - split);
            var statistic = 2 * (ll - whole);
            if (best is null || statistic > best.LikelihoodRatio)
            {
                best = new ChangePointEstimate(split, (double)before / split, (double)after / (n - split), statistic);
            }
        }

        return best;
    }

    /// <summary>The Poisson log-likelihood of a segment at its own MLE rate, without the constant −Σ log xᵢ! (it cancels).</summary>
    private static double SegmentLogLikelihood(long events, int periods) =>
        events == 0 ? 0 : events * Math.Log((double)events / periods) - events;
}

/// <summary>
/// The first period of the new rate (<see cref="FirstPeriodAfter"/>, an index into the series),
/// the rates before and after, and 2·(log-likelihood gain) over a single rate.
/// </summary>
public sealed record ChangePointEstimate(int FirstPeriodAfter, double RateBefore, double RateAfter, double LikelihoodRatio);
