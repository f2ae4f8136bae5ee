using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// How many events the next window may bring, from the rate of a past window: the gamma–Poisson
/// predictive distribution with Jeffreys' prior. Having seen n events in T days, the rate is
/// Gamma(n + ½, T) and the count in the next D days is negative binomial with size n + ½ and
/// success probability T / (T + D): wider than a Poisson at the observed rate, because the rate
/// itself is uncertain.
/// </summary>
public static class CountForecast
{
    public static double ProbabilityOfAtLeast(int count, long observed, double observedDays, double horizonDays)
    {
        if (observed < 0 || !(observedDays > 0) || !(horizonDays > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(observed), "The observed count must be non-negative and both windows positive.");
        }

        if (count <= 0)
        {
            return 1;
        }

        var size = observed + 0.5;
        var p = observedDays / (observedDays + horizonDays);
        return Math.Clamp(1 - NegativeBinomial.CDF(size, p, count - 1), 0, 1);
    }
}
