using KhorasanWatch.Analysis.Forecasting;

namespace KhorasanWatch.Analysis.Tests.Forecasting;

public sealed class PredictiveTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 1)]
    [InlineData(1, 4)]
    public void APointForecast_ScoresItsAbsoluteError(int forecast, int outcome) =>
        Assert.Equal(Math.Abs(forecast - outcome), Predictive.PointMass(forecast).Crps(outcome), 12);

    [Theory]
    [InlineData(0.4, 0)]
    [InlineData(2.5, 1)]
    [InlineData(2.5, 7)]
    public void TheCrps_EqualsItsEnsembleForm(double mean, int outcome)
    {
        // CRPS = E|X − y| − ½ E|X − X′|, summed over the Poisson's probabilities directly.
        var p = Enumerable.Range(0, 60).Select(k => MathNet.Numerics.Distributions.Poisson.PMF(mean, k)).ToArray();
        var first = p.Select((pk, k) => pk * Math.Abs(k - outcome)).Sum();
        var second = p.SelectMany((pj, j) => p.Select((pk, k) => pj * pk * Math.Abs(j - k))).Sum();

        Assert.Equal(first - (second / 2), Predictive.Poisson(mean).Crps(outcome), 9);
    }

    [Fact]
    public void ASumOfDraws_IsTheConvolution()
    {
        var sum = Predictive.Empirical([0, 1]).SumOf(2);

        Assert.Equal([0.25, 0.5, 0.25], Enumerable.Range(0, 3).Select(sum.Probability));
        Assert.Equal(Predictive.Poisson(3).AtLeast(4), Predictive.Poisson(1).SumOf(3).AtLeast(4), 9);
    }

    [Fact]
    public void TheNegativeBinomial_HasItsMoments_AndIsWiderThanThePoisson()
    {
        var nb = Predictive.NegativeBinomial(3, 1.5);

        Assert.Equal(3, nb.Mean, 6);
        Assert.Equal(3 + (9 / 1.5), nb.Variance, 4);
        Assert.True(nb.AtLeast(8) > Predictive.Poisson(3).AtLeast(8));
        Assert.Equal(Predictive.Poisson(3).AtLeast(2), Predictive.WithMoments(3, 3).AtLeast(2), 12);
    }

    [Fact]
    public void TheCentralInterval_HoldsAtLeastItsShare()
    {
        var p = Predictive.Poisson(4);
        var (low, high) = p.Interval(0.9);

        Assert.True(p.Cdf(high) - p.Cdf(low - 1) >= 0.9);
        Assert.True(p.Cdf(high - 1) - p.Cdf(low - 1) < 0.95 + 1e-9);
    }

    [FsCheck.Xunit.Property]
    public bool MoreEventsAsked_IsNeverMoreLikely(byte mean, byte count) =>
        Predictive.NegativeBinomial((mean % 20) + 0.5, 2).AtLeast(count + 1) <= Predictive.NegativeBinomial((mean % 20) + 0.5, 2).AtLeast(count) + 1e-12;

    [Fact]
    public void TheLogScore_IsFloored_SoACertaintyProvedWrongIsFinite()
    {
        Assert.Equal(-Math.Log(Scores.Floor), Predictive.PointMass(0).LogScore(3), 12);
        Assert.Equal(-Math.Log(Scores.Floor), Scores.Log(0, happened: true), 12);
        Assert.Equal(0.09, Scores.Brier(0.3, happened: false), 12);
    }
}
