using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Tests.Assessment;

public sealed class RateWordsTests
{
    [Fact]
    public void AZeroBaseline_IsACountAgainstNone_WithAnOpenInterval()
    {
        var c = RateRatio.Compare(4, 91, 0, 91);

        Assert.Equal($"4 against none (95 % CI {Figures.Ratio(c.Low)} or more), {Figures.P(c.P)}", RateWords.Full(c));
        Assert.Equal($"4 against none, {Figures.P(c.P)}", RateWords.Brief(c));
    }

    [Fact]
    public void TwoZeroCounts_AreNoneInEitherWindow()
    {
        var c = RateRatio.Compare(0, 91, 0, 91);

        Assert.Equal("none in either window", RateWords.Full(c));
        Assert.Equal("none in either window", RateWords.Brief(c));
    }

    [Fact]
    public void ABoundedComparison_ReadsAsTheRatioWithItsInterval()
    {
        var c = RateRatio.Compare(31, 1138, 18, 1138);

        Assert.Equal("×1.7 (95 % CI 0.9–3.3), p = 0.09", RateWords.Full(c));
        Assert.Equal("×1.7, p = 0.09", RateWords.Brief(c));
    }

    [Fact]
    public void ASentenceWrittenElsewhere_HasItsOpenIntervalsInTheseWords()
    {
        Assert.Equal("Attacks rose: 4 against none (95 % CI 2.3 or more), p = 0.006.", RateWords.OpenIntervals("Attacks rose: 4 against none (95 % CI 2.3–∞), p = 0.006."));
        Assert.Equal("0.4 a month since; up from none (95 % CI 1.7 or more)", RateWords.OpenIntervals("0.4 a month since; ×∞ (95 % CI 1.7–∞)"));
    }

    [FsCheck.Xunit.Property]
    public void NoComparison_WritesInfinityOrNaN(byte current, byte baseline)
    {
        var c = RateRatio.Compare(current, 91, baseline, 365);

        foreach (var text in new[] { RateWords.Full(c), RateWords.Brief(c) })
        {
            Assert.DoesNotContain("∞", text, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        }
    }
}
