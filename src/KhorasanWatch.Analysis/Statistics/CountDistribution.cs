using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// The model for a period's event count: Poisson with <see cref="Mean"/>, or, when
/// <see cref="Size"/> is set, negative binomial with that mean and size r (variance μ + μ²/r), for
/// counts more spread out than Poisson — attacks come in campaigns.
/// </summary>
public readonly record struct CountDistribution
{
    private CountDistribution(double mean, double? size)
    {
        if (!(mean > 0) || double.IsInfinity(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), "A count model needs a positive, finite mean.");
        }

        if (size is { } r && (!(r > 0) || double.IsInfinity(r)))
        {
            throw new ArgumentOutOfRangeException(nameof(size), "The negative-binomial size must be positive and finite.");
        }

        Mean = mean;
        Size = size;
    }

    public double Mean { get; }

    /// <summary>The negative-binomial size r; null for Poisson.</summary>
    public double? Size { get; }

    public bool IsPoisson => Size is null;

    public double Variance => Size is { } r ? Mean + (Mean * Mean / r) : Mean;

    public static CountDistribution Poisson(double mean) => new(mean, null);

    public static CountDistribution NegativeBinomial(double mean, double size) => new(mean, size);

    /// <summary>
    /// The model a baseline series supports: negative binomial with the method-of-moments size when
    /// its variance exceeds its mean by more than <paramref name="overdispersionTolerance"/>×, Poisson otherwise.
    /// </summary>
    public static CountDistribution FitTo(IReadOnlyList<int> counts, double overdispersionTolerance = 1.5)
    {
        if (counts.Count == 0)
        {
            throw new ArgumentException("A baseline needs at least one period.", nameof(counts));
        }

        var mean = counts.Average();
        if (!(mean > 0))
        {
            throw new ArgumentException("A baseline with no events has no rate to fit.", nameof(counts));
        }

        if (counts.Count < 3)
        {
            return Poisson(mean);
        }

        var variance = counts.Sum(c => (c - mean) * (c - mean)) / (counts.Count - 1);
        return variance > mean * overdispersionTolerance ? NegativeBinomial(mean, mean * mean / (variance - mean)) : Poisson(mean);
    }

    /// <summary>The same shape (size) with another mean.</summary>
    public CountDistribution WithMean(double mean) => new(mean, Size);

    public double Probability(int count) => Size is { } r
        ? MathNet.Numerics.Distributions.NegativeBinomial.PMF(r, r / (r + Mean), count)
        : MathNet.Numerics.Distributions.Poisson.PMF(Mean, count);

    public double LogProbability(int count) => Size is { } r
        ? MathNet.Numerics.Distributions.NegativeBinomial.PMFLn(r, r / (r + Mean), count)
        : MathNet.Numerics.Distributions.Poisson.PMFLn(Mean, count);

    /// <summary>
    /// A random count. The negative binomial is drawn as a gamma–Poisson mixture (rate ~ Gamma with
    /// shape r and mean μ): MathNet's own negative-binomial sampler has mean r/p, not r(1 − p)/p.
    /// </summary>
    public int Sample(Random random) => Size is { } r
        ? MathNet.Numerics.Distributions.Poisson.Sample(random, Math.Max(Gamma.Sample(random, r, r / Mean), 1e-300))
        : MathNet.Numerics.Distributions.Poisson.Sample(random, Mean);

    /// <summary>The probabilities of 0, 1, 2, … up to the count beyond which less than 10⁻¹² remains.</summary>
    public double[] ProbabilitiesUpTo(int atLeast)
    {
        var pmf = new List<double>();
        var total = 0.0;
        for (var x = 0; x <= atLeast || total < 1 - 1e-12; x++)
        {
            var p = Probability(x);
            pmf.Add(p);
            total += p;
            if (x > 100_000)
            {
                break;
            }
        }

        return [.. pmf];
    }

    /// <summary>
    /// The log-likelihood ratio of one count, log p₁(x)/p₀(x), is a·x − b; the CUSUM works on
    /// x − k with k = b/a (for a fall, a &lt; 0 and the CUSUM works on k − x).
    /// </summary>
    internal static double ReferenceValue(CountDistribution inControl, double outOfControlMean)
    {
        var m0 = inControl.Mean;
        var m1 = outOfControlMean;
        if (inControl.Size is not { } r)
        {
            return (m1 - m0) / Math.Log(m1 / m0);
        }

        var a = Math.Log(m1 * (r + m0) / (m0 * (r + m1)));
        var b = r * Math.Log((r + m1) / (r + m0));
        return b / a;
    }

    /// <summary>The expected log-likelihood ratio per period when counts follow <paramref name="actual"/>: Kullback–Leibler information.</summary>
    public static double Information(CountDistribution actual, CountDistribution other)
    {
        var pmf = actual.ProbabilitiesUpTo((int)Math.Ceiling(actual.Mean));
        var sum = 0.0;
        for (var x = 0; x < pmf.Length; x++)
        {
            if (pmf[x] > 0)
            {
                sum += pmf[x] * (actual.LogProbability(x) - other.LogProbability(x));
            }
        }

        return sum;
    }
}
