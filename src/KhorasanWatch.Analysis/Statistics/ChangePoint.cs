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

        var (split, statistic) = Strongest(counts);
        if (split == 0)
        {
            // No events at all have no rates to tell apart; a flat series splits first at no gain.
            if (counts.All(c => c == 0))
            {
                return null;
            }

            split = 1;
        }

        double before = counts.Take(split).Sum();
        double after = counts.Skip(split).Sum();
        return new ChangePointEstimate(split, before / split, after / (counts.Count - split), statistic);
    }

    /// <summary>
    /// The strongest single change: the first period after the split (0 when no split qualifies
    /// or none gains anything) and 2·(log-likelihood gain) over one rate for the whole series. With
    /// <paramref name="rise"/> only changes up (true) or down (false) count; only splits whose new
    /// rate starts at period <paramref name="from"/> or later are tried.
    /// </summary>
    public static (int FirstPeriodAfter, double LikelihoodRatio) Strongest(IReadOnlyList<int> counts, bool? rise = null, int from = 1)
    {
        long total = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            total += counts[i];
        }

        var n = counts.Count;
        var whole = SegmentLogLikelihood(total, n);
        long before = 0;
        var best = (FirstPeriodAfter: 0, LikelihoodRatio: 0.0);
        for (var split = 1; split < n; split++)
        {
            before += counts[split - 1];
            var after = total - before;
            var up = after * (double)split > before * (double)(n - split);
            var down = after * (double)split < before * (double)(n - split);
            if (split < from || (rise == true && !up) || (rise == false && !down))
            {
                continue;
            }

            var statistic = 2 * (SegmentLogLikelihood(before, split) + SegmentLogLikelihood(after, n - split) - whole);
            if (statistic > best.LikelihoodRatio)
            {
                best = (split, statistic);
            }
        }

        return best;
    }

    /// <summary>
    /// How surprising the best split is if the rate never changed: the share of
    /// <paramref name="replicates"/> series that spread the same total over the same periods at
    /// random (uniformly, the exact null given the total) and split at least as well. The maximum
    /// over all splits is not chi-square distributed, so the p-value is simulated, with a seed.
    /// </summary>
    public static double Significance(IReadOnlyList<int> counts, int replicates = 999, int seed = 1)
    {
        var observed = Estimate(counts);
        if (observed is null)
        {
            return 1;
        }

        var total = counts.Sum();
        var random = new Random(seed);
        var simulated = new int[counts.Count];
        var atLeast = 0;
        for (var r = 0; r < replicates; r++)
        {
            Array.Clear(simulated);
            for (var i = 0; i < total; i++)
            {
                simulated[random.Next(simulated.Length)]++;
            }

            if (Estimate(simulated)!.LikelihoodRatio >= observed.LikelihoodRatio * (1 - 1e-9)) // The total is positive, so there is an estimate.
            {
                atLeast++;
            }
        }

        return (atLeast + 1.0) / (replicates + 1.0);
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
