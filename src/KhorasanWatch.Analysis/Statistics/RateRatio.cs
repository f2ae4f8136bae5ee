using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// The ratio of two Poisson rates — events in a current window against a baseline window — with
/// an exact confidence interval and p-value from the conditional binomial test: given the total
/// n = current + baseline, the current count is Binomial(n, π) with
/// π = t₁·ρ / (t₁·ρ + t₀), so an exact (Clopper–Pearson) interval for π maps to one for ρ.
/// A zero baseline gives an infinite ratio and upper bound, never an exception.
/// </summary>
public static class RateRatio
{
    public static RateComparison Compare(long current, double currentExposure, long baseline, double baselineExposure, double confidence = 0.95)
    {
        if (current < 0 || baseline < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(current), "Counts cannot be negative.");
        }

        if (!(currentExposure > 0) || !(baselineExposure > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(currentExposure), "Exposures (window lengths) must be positive.");
        }

        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), "Confidence must lie strictly between 0 and 1.");
        }

        var n = current + baseline;
        var exposureRatio = baselineExposure / currentExposure;
        if (n == 0)
        {
            return new RateComparison(current, baseline, currentExposure, baselineExposure, double.NaN, 0, double.PositiveInfinity, 1, confidence);
        }

        var alpha = 1 - confidence;
        var piLow = current == 0 ? 0 : Beta.InvCDF(current, baseline + 1, alpha / 2);
        var piHigh = baseline == 0 ? 1 : Beta.InvCDF(current + 1, baseline, 1 - (alpha / 2));
        var ratio = baseline == 0 ? double.PositiveInfinity : current / (double)baseline * exposureRatio;
        return new RateComparison(
            current,
            baseline,
            currentExposure,
            baselineExposure,
            ratio,
            Odds(piLow) * exposureRatio,
            Odds(piHigh) * exposureRatio,
            TwoSidedP(current, n, currentExposure / (currentExposure + baselineExposure)),
            confidence);
    }

    private static double Odds(double p) => p >= 1 ? double.PositiveInfinity : p / (1 - p);

    /// <summary>
    /// The exact two-sided binomial p-value: the probability, under equal rates, of every outcome no
    /// more likely than the one observed (the rule of R's binom.test), with a small relative
    /// tolerance so that ties are counted.
    /// </summary>
    private static double TwoSidedP(long k, long n, double pi)
    {
        var observed = Binomial.PMF(pi, (int)n, (int)k);
        var p = 0.0;
        for (var i = 0; i <= n; i++)
        {
            var pmf = Binomial.PMF(pi, (int)n, i);
            if (pmf <= observed * (1 + 1e-7))
            {
                p += pmf;
            }
        }

        return Math.Min(1, p);
    }
}
