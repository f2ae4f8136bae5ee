using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Tests.Statistics;

public sealed class CountDistributionTests
{
    [Theory]
    [InlineData(5.0, null)]
    [InlineData(5.0, 2.5)]
    [InlineData(0.8, 0.5)]
    public void Samples_HaveTheModelsMeanAndVariance(double mean, double? size)
    {
        var model = size is { } r ? CountDistribution.NegativeBinomial(mean, r) : CountDistribution.Poisson(mean);
        var random = new Random(11);
        var samples = Enumerable.Range(0, 100_000).Select(_ => (double)model.Sample(random)).ToList();
        var sampleMean = samples.Average();
        var sampleVariance = samples.Sum(x => (x - sampleMean) * (x - sampleMean)) / (samples.Count - 1);

        Assert.InRange(sampleMean, mean * 0.98, mean * 1.02);
        Assert.InRange(sampleVariance, model.Variance * 0.94, model.Variance * 1.06);
    }

    [Theory]
    [InlineData(5.0, null)]
    [InlineData(5.0, 2.5)]
    public void Probabilities_SumToOneWithTheModelsMean(double mean, double? size)
    {
        var model = size is { } r ? CountDistribution.NegativeBinomial(mean, r) : CountDistribution.Poisson(mean);
        var pmf = model.ProbabilitiesUpTo(0);

        Assert.Equal(1.0, pmf.Sum(), 9);
        Assert.Equal(mean, pmf.Select((p, x) => p * x).Sum(), 6);
    }

    [Fact]
    public void Information_IsZeroForTheSameModelAndPositiveOtherwise()
    {
        var p0 = CountDistribution.Poisson(10);

        Assert.Equal(0, CountDistribution.Information(p0, p0), 12);
        // Poisson KL in closed form: λ₁ ln(λ₁/λ₀) − λ₁ + λ₀.
        Assert.Equal((15 * Math.Log(1.5)) - 5, CountDistribution.Information(p0.WithMean(15), p0), 9);
    }

    [Fact]
    public void Information_StaysFiniteWhereProbabilitiesUnderflow()
    {
        // Poisson KL in closed form: λ₁ ln(λ₁/λ₀) − λ₁ + λ₀ = 1000 ln 100 − 990 ≈ 3615.
        var information = CountDistribution.Information(CountDistribution.Poisson(1000), CountDistribution.Poisson(10));

        Assert.Equal((1000 * Math.Log(100)) - 990, information, 6);
    }
}
