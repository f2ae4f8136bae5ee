using KhorasanWatch.Analysis.Assessment;

namespace KhorasanWatch.Analysis.Tests.Assessment;

public sealed class LikelihoodTests
{
    [Theory]
    [InlineData(0.01, "almost no chance", 1, 5)]
    [InlineData(0.10, "very unlikely", 5, 20)]
    [InlineData(0.30, "unlikely", 20, 45)]
    [InlineData(0.50, "roughly even chance", 45, 55)]
    [InlineData(0.70, "likely", 55, 80)]
    [InlineData(0.90, "very likely", 80, 95)]
    [InlineData(0.99, "almost certain", 95, 99)]
    public void Probabilities_TakeTheIcd203TermAndRange(double p, string term, int low, int high)
    {
        var likelihood = Likelihood.For(p);

        Assert.Equal((term, low, high), (likelihood.Term, likelihood.LowPercent, likelihood.HighPercent));
        Assert.Equal($"{term} ({low}–{high} %)", likelihood.ToString());
    }

    [Fact]
    public void ANonProbability_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => Likelihood.For(1.2));
}
