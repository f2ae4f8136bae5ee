using KhorasanWatch.Analysis.Assessment;

namespace KhorasanWatch.Analysis.Tests.Assessment;

public sealed class CountForecastTests
{
    [Fact]
    public void AtLeastOne_HasTheClosedForm()
    {
        // P(X ≥ 1) = 1 − (T / (T + D))^(n + ½) for the gamma–Poisson predictive.
        var p = CountForecast.ProbabilityOfAtLeast(1, observed: 4, observedDays: 365, horizonDays: 91);

        Assert.Equal(1 - Math.Pow(365.0 / 456, 4.5), p, 12);
    }

    [Fact]
    public void TheForecast_IsWiderThanAPoissonAtTheObservedRate()
    {
        // 12 events a year, next quarter: Poisson at the point rate (mean 3) gives P(X ≥ 7) ≈ 0.034.
        var poisson = 1 - MathNet.Numerics.Distributions.Poisson.CDF(12 * 91 / 365.0, 6);
        var predictive = CountForecast.ProbabilityOfAtLeast(7, 12, 365, 91);

        Assert.True(predictive > poisson, $"{predictive} should exceed {poisson}: the rate itself is uncertain.");
    }

    [FsCheck.Xunit.Property]
    public bool MoreEventsAsked_IsNeverMoreLikely(byte observed, byte count) =>
        CountForecast.ProbabilityOfAtLeast(count + 1, observed, 365, 91) <= CountForecast.ProbabilityOfAtLeast(count, observed, 365, 91) + 1e-12;
}
