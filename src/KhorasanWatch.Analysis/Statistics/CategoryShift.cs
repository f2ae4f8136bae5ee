using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// Did the mix of categories shift between a baseline and a current window? Pearson's chi-square
/// test of homogeneity on the 2 × k table of counts. Its p-value comes from the chi-square
/// distribution when every expected count is at least 5 (Cochran's rule) and otherwise from
/// <see cref="Permutations"/> random relabellings of the pooled events (seeded, so the same counts
/// give the same p), because small tables break the approximation.
/// </summary>
public static class CategoryShift
{
    public const int Permutations = 9_999;

    /// <summary>
    /// The test on counts per category (same order in both lists). Null when either window has no
    /// events or fewer than two categories occur: there is no mix to compare.
    /// </summary>
    public static CategoryShiftResult? Test(IReadOnlyList<int> current, IReadOnlyList<int> baseline, int seed = 1)
    {
        if (current.Count != baseline.Count)
        {
            throw new ArgumentException("Both windows need a count for every category.", nameof(baseline));
        }

        var n1 = current.Sum();
        var n0 = baseline.Sum();
        var used = Enumerable.Range(0, current.Count).Where(i => current[i] + baseline[i] > 0).ToArray();
        if (n1 == 0 || n0 == 0 || used.Length < 2)
        {
            return null;
        }

        var cur = used.Select(i => current[i]).ToArray();
        var pooled = used.Select(i => current[i] + baseline[i]).ToArray();
        var statistic = ChiSquare(cur, pooled, n1, n0);
        var residuals = new double[current.Count];
        foreach (var (i, j) in used.Select((i, j) => (i, j)))
        {
            var expected = (double)pooled[j] * n1 / (n1 + n0);
            residuals[i] = (cur[j] - expected) / Math.Sqrt(expected * n0 / (n1 + n0) * (1 - ((double)pooled[j] / (n1 + n0))));
        }

        var smallestExpected = pooled.Min() * (double)Math.Min(n1, n0) / (n1 + n0);
        var degrees = used.Length - 1;
        var p = smallestExpected >= 5
            ? 1 - ChiSquared.CDF(degrees, statistic)
            : PermutationP(pooled, n1, n0, statistic, seed);
        return new CategoryShiftResult(statistic, degrees, p, smallestExpected >= 5 ? "chi_square" : "permutation", residuals);
    }

    private static double ChiSquare(int[] current, int[] pooled, int n1, int n0)
    {
        var n = n1 + n0;
        var sum = 0.0;
        for (var j = 0; j < pooled.Length; j++)
        {
            var e1 = (double)pooled[j] * n1 / n;
            var e0 = (double)pooled[j] * n0 / n;
            var o0 = pooled[j] - current[j];
            sum += ((current[j] - e1) * (current[j] - e1) / e1) + ((o0 - e0) * (o0 - e0) / e0);
        }

        return sum;
    }

    private static double PermutationP(int[] pooled, int n1, int n0, double observed, int seed)
    {
        var labels = pooled.SelectMany((count, j) => Enumerable.Repeat(j, count)).ToArray();
        var random = new SubtractiveRandom(seed); // the draws of new Random(seed), faster
        var counts = new int[pooled.Length];
        var atLeast = 0;
        for (var r = 0; r < Permutations; r++)
        {
            Array.Clear(counts);
            // A partial Fisher–Yates shuffle draws the current window's n1 labels without replacement.
            for (var i = 0; i < n1; i++)
            {
                var j = random.Next(i, labels.Length);
                (labels[i], labels[j]) = (labels[j], labels[i]);
                counts[labels[i]]++;
            }

            if (ChiSquare(counts, pooled, n1, n0) >= observed * (1 - 1e-9))
            {
                atLeast++;
            }
        }

        return (atLeast + 1.0) / (Permutations + 1.0);
    }
}
