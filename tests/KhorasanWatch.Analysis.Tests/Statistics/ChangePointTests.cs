using FsCheck;
using FsCheck.Fluent;
using KhorasanWatch.Analysis.Statistics;
using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Tests.Statistics;

public sealed class ChangePointTests
{
    [Fact]
    public void AClearStep_IsFoundWhereItHappened()
    {
        int[] counts = [2, 1, 3, 2, 2, 1, 2, 3, 9, 8, 10, 7, 9];

        var cp = ChangePoint.Estimate(counts)!;

        Assert.Equal(8, cp.FirstPeriodAfter);
        Assert.Equal(2.0, cp.RateBefore, 9);
        Assert.Equal(43.0 / 5, cp.RateAfter, 9);
        Assert.True(cp.LikelihoodRatio > 20);
    }

    [Fact]
    public void SimulatedDoubling_IsLocatedWithinTwoPeriodsMostOfTheTime()
    {
        var random = new Random(42);
        var hits = 0;
        for (var run = 0; run < 200; run++)
        {
            var counts = Enumerable.Range(0, 48).Select(t => Poisson.Sample(random, t < 30 ? 5.0 : 10.0)).ToArray();
            if (Math.Abs(ChangePoint.Estimate(counts)!.FirstPeriodAfter - 30) <= 2)
            {
                hits++;
            }
        }

        Assert.True(hits >= 150, $"located within two months in {hits} of 200 runs");
    }

    [Fact]
    public void NoEventsOrTooShort_GiveNoEstimate()
    {
        Assert.Null(ChangePoint.Estimate([0, 0, 0]));
        Assert.Null(ChangePoint.Estimate([4]));
    }

    [Fact]
    public void Significance_IsSmallForAClearStepAndLargeForAFlatSeries()
    {
        int[] step = [2, 1, 3, 2, 2, 1, 2, 3, 9, 8, 10, 7, 9];
        int[] flat = [4, 5, 3, 4, 6, 4, 5, 3, 4, 5, 4, 4, 5];

        Assert.True(ChangePoint.Significance(step) < 0.01);
        Assert.True(ChangePoint.Significance(flat) > 0.2);
        Assert.Equal(ChangePoint.Significance(step, seed: 3), ChangePoint.Significance(step, seed: 3));
    }

    [Fact]
    public void Significance_HoldsItsFalseAlarmRateOnConstantSeries()
    {
        var random = new Random(5);
        var rejections = 0;
        for (var run = 0; run < 200; run++)
        {
            var counts = Enumerable.Range(0, 36).Select(_ => Poisson.Sample(random, 3.0)).ToArray();
            if (ChangePoint.Significance(counts, replicates: 199, seed: run) < 0.05)
            {
                rejections++;
            }
        }

        // 5 % of 200 is 10; the binomial 99.9 % upper limit is about 21.
        Assert.InRange(rejections, 0, 21);
    }

    [FsCheck.Xunit.Property]
    public Property LikelihoodRatio_IsNeverNegative(NonNegativeInt[] counts)
    {
        var series = counts.Select(c => c.Get % 50).ToArray();
        var cp = ChangePoint.Estimate(series);
        return (cp is null || cp.LikelihoodRatio >= -1e-9).ToProperty();
    }
}
