using KhorasanWatch.Analysis.Statistics;
using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Tests.Statistics;

public sealed class CategoryShiftTests
{
    [Fact]
    public void LargeTables_UseTheChiSquareDistribution_WithTheTextbookStatistic()
    {
        // 2 × 3 table: current 30/20/10 against baseline 20/20/20. Expected (pooled): 25/20/15 in each row.
        var result = CategoryShift.Test([30, 20, 10], [20, 20, 20])!;

        var expected = 2 * ((25.0 / 25) + 0 + (25.0 / 15));
        Assert.Equal(expected, result.Statistic, 9);
        Assert.Equal(2, result.Degrees);
        Assert.Equal("chi_square", result.Method);
        Assert.Equal(1 - ChiSquared.CDF(2, expected), result.P, 12);
        Assert.True(result.Residuals[0] > 0 && result.Residuals[2] < 0);
    }

    [Fact]
    public void SmallTables_UseSeededPermutations()
    {
        var first = CategoryShift.Test([6, 0, 1], [1, 5, 2])!;
        var again = CategoryShift.Test([6, 0, 1], [1, 5, 2])!;

        Assert.Equal("permutation", first.Method);
        Assert.Equal(first.P, again.P);
        Assert.InRange(first.P, 0.0001, 0.05);
    }

    [Fact]
    public void PermutationPValues_HoldTheirSizeWhenTheMixDoesNotChange()
    {
        var random = new Random(3);
        double[] mix = [0.5, 0.3, 0.2];
        var rejections = 0;
        for (var run = 0; run < 200; run++)
        {
            var current = Draw(random, mix, 8);
            var baseline = Draw(random, mix, 20);
            if (CategoryShift.Test(current, baseline, seed: run) is { P: < 0.05 })
            {
                rejections++;
            }
        }

        Assert.InRange(rejections, 0, 21); // 5 % of 200 is 10; 21 is beyond the binomial 99.9 % limit.
    }

    [Fact]
    public void NoEventsOrOneCategory_GiveNoTest()
    {
        Assert.Null(CategoryShift.Test([0, 0], [3, 4]));
        Assert.Null(CategoryShift.Test([5, 0], [3, 0]));
    }

    private static int[] Draw(Random random, double[] mix, int n)
    {
        var counts = new int[mix.Length];
        for (var i = 0; i < n; i++)
        {
            var u = random.NextDouble();
            var c = 0;
            while (c < mix.Length - 1 && u > mix[c])
            {
                u -= mix[c];
                c++;
            }

            counts[c]++;
        }

        return counts;
    }
}
