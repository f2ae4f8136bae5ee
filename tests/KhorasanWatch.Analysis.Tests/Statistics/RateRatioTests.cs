using FsCheck;
using FsCheck.Fluent;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Tests.Statistics;

public sealed class RateRatioTests
{
    /// <summary>
    /// USIP (21 September 2021): ISKP "launched 77 attacks in the first four months of 2021, an
    /// increase from 21 in the same period last year". Reference values were computed independently
    /// (exact binomial tail sums solved by bisection): Clopper–Pearson π ∈ [0.691287, 0.862190],
    /// so ρ ∈ [2.2392510, 6.2563481]; the two-sided exact p-value is 1.0893e-8.
    /// </summary>
    [Fact]
    public void UsipFirstFourMonths2021_ReproducesRatioIntervalAndPValue()
    {
        var r = RateRatio.Compare(77, 4, 21, 4);

        Assert.Equal(77.0 / 21, r.Ratio, 9);
        Assert.Equal(2.2392510, r.Low, 6);
        Assert.Equal(6.2563481, r.High, 6);
        Assert.Equal(1.0893e-8, r.P, 11);
        Assert.Equal("×3.7 (95 % CI 2.2–6.3), p < 0.001", r.Describe());
    }

    [Fact]
    public void RateRatio_WithZeroBaseline_ReturnsInfiniteUpperBound()
    {
        var r = RateRatio.Compare(5, 1, 0, 1);

        Assert.True(double.IsPositiveInfinity(r.Ratio));
        Assert.True(double.IsPositiveInfinity(r.High));
        Assert.InRange(r.Low, 0.5, 2); // Clopper–Pearson lower bound for 5/5: 0.478 → odds 0.92
        Assert.Equal("5 against none (95 % CI 0.9 or more), p = 0.06", r.Describe());
    }

    [Fact]
    public void RateRatio_WithZeroCurrent_HasZeroLowerBound()
    {
        var r = RateRatio.Compare(0, 1, 6, 1);

        Assert.Equal(0, r.Ratio);
        Assert.Equal(0, r.Low);
        Assert.True(r.High is > 0 and < 1);
    }

    [Fact]
    public void RateRatio_WithNoEventsAtAll_IsUndefinedNotAnError()
    {
        var r = RateRatio.Compare(0, 1, 0, 1);

        Assert.True(double.IsNaN(r.Ratio));
        Assert.Equal((0.0, double.PositiveInfinity, 1.0), (r.Low, r.High, r.P));
    }

    [Fact]
    public void SmallCounts_GiveTheExactBinomialPValue() => Assert.Equal(0.625, RateRatio.Compare(3, 1, 1, 1).P, 12);

    [Fact]
    public void UnequalWindows_AreAccountedFor() =>
        Assert.Equal(2.0, RateRatio.Compare(20, 1, 20, 2).Ratio, 12); // 20 in a month against 20 in two months

    [FsCheck.Xunit.Property]
    public Property Interval_ContainsThePointEstimate(PositiveInt current, PositiveInt baseline, PositiveInt t1, PositiveInt t0)
    {
        var r = RateRatio.Compare(current.Get % 500, t1.Get % 50 + 1, baseline.Get % 500 + 1, t0.Get % 50 + 1);
        return (r.Low <= r.Ratio && r.Ratio <= r.High && r.P is >= 0 and <= 1).ToProperty();
    }

    [FsCheck.Xunit.Property]
    public Property WiderConfidence_GivesAWiderInterval(PositiveInt current, PositiveInt baseline)
    {
        var narrow = RateRatio.Compare(current.Get % 200 + 1, 1, baseline.Get % 200 + 1, 1, 0.90);
        var wide = RateRatio.Compare(current.Get % 200 + 1, 1, baseline.Get % 200 + 1, 1, 0.99);
        return (wide.Low <= narrow.Low && wide.High >= narrow.High).ToProperty();
    }
}
