using KhorasanWatch.Analysis.Memo;

namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// Calibrates a window's tests together by simulation: <c>R</c> replicate windows drawn from the
/// null of no change, conditional on the window's totals and marks (<see cref="NullModel"/>), every
/// statistic recomputed on each, its baseline re-estimated from the replicate's own baseline. A test's calibrated p is (1 + replicates at least
/// as extreme)/(R + 1); its family p is the weighted single-step min-P of Westfall and Young: the
/// share of replicates in which some test of the family has a calibrated p, over its weight, at
/// most this test's. Rises and falls are separate families. Pure: the seed is a parameter.
/// </summary>
public static class FamilyCalibration
{
    /// <summary>
    /// The calibration of <paramref name="tests"/> on <paramref name="observed"/>; taken from
    /// <paramref name="memo"/> when it holds this very calibration (<see cref="CalibrationMemo"/>), and kept there when run.
    /// </summary>
    public static FamilyResult Run(
        WindowData observed, IReadOnlyList<WatchedSeries> series, WindowLayout layout, IReadOnlyList<FamilyTest> tests, WarningOptions options, IResultMemo? memo = null)
    {
        if (memo is null)
        {
            return Calibrate(observed, series, layout, tests, options);
        }

        var digest = CalibrationMemo.Digest(observed, series, layout, tests, options);
        if (memo.Find(digest) is { } bytes && CalibrationMemo.Decode(bytes, tests) is { } found)
        {
            return found;
        }

        var result = Calibrate(observed, series, layout, tests, options);
        memo.Keep(digest, CalibrationMemo.Encode(result));
        return result;
    }

    private static FamilyResult Calibrate(
        WindowData observed, IReadOnlyList<WatchedSeries> series, WindowLayout layout, IReadOnlyList<FamilyTest> tests, WarningOptions options)
    {
        var model = NullModel.Fit(observed, layout.Baseline);
        var random = new Random(options.Seed);
        var r = options.Replicates;
        var simulated = new double[tests.Count][];
        for (var j = 0; j < tests.Count; j++)
        {
            simulated[j] = new double[r];
        }

        for (var b = 0; b < r; b++)
        {
            var stats = FamilyStatistics.Compute(model.SimulateReusing(random), series, layout, tests, options.DesignRatio);
            for (var j = 0; j < tests.Count; j++)
            {
                simulated[j][b] = stats[j];
            }
        }

        var observedStats = FamilyStatistics.Compute(observed, series, layout, tests, options.DesignRatio);
        var sorted = simulated.Select(s => s.Order().ToArray()).ToArray();
        var calibrated = tests.Select((_, j) => (1.0 + AtLeast(sorted[j], observedStats[j])) / (r + 1)).ToArray();

        // Each replicate's own calibrated p per test (counting itself among the R + 1), and its family minimum.
        var replicateP = new double[tests.Count][];
        for (var j = 0; j < tests.Count; j++)
        {
            replicateP[j] = simulated[j].Select(x => (double)AtLeast(sorted[j], x) / (r + 1)).ToArray();
        }

        var family = new double[tests.Count];
        var rise = Minima(tests, replicateP, r, rises: true);
        var fall = Minima(tests, replicateP, r, rises: false);
        for (var j = 0; j < tests.Count; j++)
        {
            var minima = tests[j].Rise ? rise : fall;
            family[j] = Math.Min(1, (1.0 + AtMost(minima, calibrated[j] / Weight(tests, j))) / (r + 1));
        }

        // The same rule applied to each replicate as if it were the store: how often the headline speaks by chance.
        double Headline(double level) => rise.Count(q => (double)AtMost(rise, q) / (r + 1) <= level) / (double)r;
        double Speaking(Func<FamilyTest, bool> which, double level, double[] minima)
        {
            var total = 0;
            for (var j = 0; j < tests.Count; j++)
            {
                if (which(tests[j]))
                {
                    var w = Weight(tests, j);
                    total += replicateP[j].Count(p => (double)AtMost(minima, p / w) / (r + 1) <= level);
                }
            }

            return total / (double)r;
        }

        return new FamilyResult(
            tests,
            observedStats,
            calibrated,
            family,
            r,
            Headline(FamilyLevels.Watch),
            Headline(FamilyLevels.Warning),
            Headline(FamilyLevels.Alert),
            Speaking(t => t.Rise && t.IsCusum, FamilyLevels.Warning, rise),
            Speaking(t => t.Rise && !t.IsCusum, FamilyLevels.Watch, rise),
            Speaking(t => !t.Rise, FamilyLevels.Watch, fall));
    }

    /// <summary>The weight of test <paramref name="j"/> as a share of its family's.</summary>
    private static double Weight(IReadOnlyList<FamilyTest> tests, int j) =>
        tests[j].Weight / tests.Where(t => t.Rise == tests[j].Rise).Sum(t => t.Weight);

    /// <summary>Per replicate, the smallest calibrated p over its weight among the family's tests, sorted.</summary>
    private static double[] Minima(IReadOnlyList<FamilyTest> tests, double[][] replicateP, int r, bool rises)
    {
        var minima = Enumerable.Repeat(double.PositiveInfinity, r).ToArray();
        for (var j = 0; j < tests.Count; j++)
        {
            if (tests[j].Rise != rises)
            {
                continue;
            }

            var w = Weight(tests, j);
            for (var b = 0; b < r; b++)
            {
                minima[b] = Math.Min(minima[b], replicateP[j][b] / w);
            }
        }

        Array.Sort(minima);
        return minima;
    }

    /// <summary>How many of the sorted values are at least <paramref name="x"/> (with a relative tolerance for rounding).</summary>
    private static int AtLeast(double[] sorted, double x)
    {
        var threshold = x - (1e-9 * Math.Max(1, Math.Abs(x)));
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] >= threshold)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return sorted.Length - lo;
    }

    /// <summary>How many of the sorted values are at most <paramref name="x"/> (with a relative tolerance).</summary>
    private static int AtMost(double[] sorted, double x)
    {
        var threshold = x + (1e-9 * Math.Max(1, Math.Abs(x)));
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
