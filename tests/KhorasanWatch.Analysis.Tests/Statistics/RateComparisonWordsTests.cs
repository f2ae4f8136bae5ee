using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Tests.Statistics;

/// <summary>How a rate comparison is written: never "∞" or "NaN".</summary>
public sealed class RateComparisonWordsTests
{
    [Fact]
    public void AZeroBaseline_IsACountAgainstNone_WithAnOpenInterval()
    {
        var c = RateRatio.Compare(4, 91, 0, 91);

        Assert.Equal($"4 against none (95 % CI {Figures.Ratio(c.Low)} or more), {Figures.P(c.P)}", c.Describe());
        Assert.Equal($"4 against none, {Figures.P(c.P)}", c.Brief());
    }

    [Fact]
    public void TwoZeroCounts_AreNoneInEitherWindow()
    {
        var c = RateRatio.Compare(0, 91, 0, 91);

        Assert.Equal("none in either window", c.Describe());
        Assert.Equal("none in either window", c.Brief());
    }

    [Fact]
    public void ABoundedComparison_ReadsAsTheRatioWithItsInterval()
    {
        var c = RateRatio.Compare(31, 1138, 18, 1138);

        Assert.Equal("×1.7 (95 % CI 0.9–3.3), p = 0.09", c.Describe());
        Assert.Equal("×1.7, p = 0.09", c.Brief());
    }

    [FsCheck.Xunit.Property]
    public void NoComparison_WritesInfinityOrNaN(byte current, byte baseline)
    {
        var c = RateRatio.Compare(current, 91, baseline, 365);

        foreach (var text in new[] { c.Describe(), c.Brief() })
        {
            Assert.DoesNotContain("∞", text, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        }
    }
}
