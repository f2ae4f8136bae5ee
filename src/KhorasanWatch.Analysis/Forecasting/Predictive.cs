namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// A predictive distribution of a count: its probabilities for 0, 1, 2, … held as an array that
/// carries all but a negligible tail (below 10⁻⁹). Every model's forecast takes this one form, so
/// every model is scored by the same code: the chance of at least k, the quantiles of its central
/// intervals, the ranked probability score (CRPS for counts) and the log score.
/// </summary>
public sealed class Predictive
{
    private const double Tail = 1e-9;
    private const int MaxSupport = 100_000;
    private readonly double[] _pmf;

    /// <summary>Takes <paramref name="pmf"/> as its own (every caller hands it a new array) and normalises it in place: a forecast of thousands of attacks holds tens of thousands of probabilities, and a backtest makes hundreds of forecasts.</summary>
    private Predictive(double[] pmf)
    {
        var total = pmf.Sum();
        if (!(total > 0) || pmf.Any(p => p < 0 || double.IsNaN(p)))
        {
            throw new ArgumentException("A predictive distribution needs non-negative probabilities with a positive total.", nameof(pmf));
        }

        for (var k = 0; k < pmf.Length; k++)
        {
            pmf[k] /= total;
        }

        _pmf = pmf;
    }

    /// <summary>The largest count with a probability the array holds.</summary>
    public int MaxCount => _pmf.Length - 1;

    public double Mean => _pmf.Select((p, k) => p * k).Sum();

    public double Variance => _pmf.Select((p, k) => p * (k - Mean) * (k - Mean)).Sum();

    public static Predictive PointMass(int count)
    {
        var pmf = new double[count + 1];
        pmf[count] = 1;
        return new Predictive(pmf);
    }

    public static Predictive Poisson(double mean) =>
        mean <= 0 ? PointMass(0) : FromFunction(k => MathNet.Numerics.Distributions.Poisson.PMF(mean, k), mean, mean);

    /// <summary>The negative binomial with <paramref name="mean"/> and size r (variance μ + μ²/r); Poisson as r grows without bound.</summary>
    public static Predictive NegativeBinomial(double mean, double size)
    {
        if (mean <= 0)
        {
            return PointMass(0);
        }

        if (double.IsPositiveInfinity(size) || size > 1e8)
        {
            return Poisson(mean);
        }

        var p = size / (size + mean);
        return FromFunction(k => MathNet.Numerics.Distributions.NegativeBinomial.PMF(size, p, k), mean, mean + (mean * mean / size));
    }

    /// <summary>The negative binomial with the given mean and variance; Poisson where the variance is not above the mean.</summary>
    public static Predictive WithMoments(double mean, double variance) =>
        variance <= mean * (1 + 1e-9) ? Poisson(mean) : NegativeBinomial(mean, mean * mean / (variance - mean));

    /// <summary>Each value as likely as each other: the empirical distribution of past counts.</summary>
    public static Predictive Empirical(IReadOnlyCollection<int> values) => Empirical(values, 0);

    /// <summary>
    /// The empirical distribution of <paramref name="values"/> with Jeffreys' prior on what was never
    /// seen: <paramref name="prior"/> values' weight at none and as much at one more than the most
    /// seen, so no count the values never reached is given no chance at all. The chance of at least
    /// k ≥ 1 is then (m + prior) / (n + 2·prior), m of the n values reaching k (k up to the most seen, plus one).
    /// </summary>
    public static Predictive Empirical(IReadOnlyCollection<int> values, double prior)
    {
        if (values.Count == 0 || values.Any(v => v < 0) || !(prior >= 0))
        {
            throw new ArgumentException("An empirical distribution needs at least one non-negative count and a prior weight of at least 0.", nameof(values));
        }

        var pmf = new double[values.Max() + (prior > 0 ? 2 : 1)];
        foreach (var v in values)
        {
            pmf[v] += 1;
        }

        pmf[0] += prior;
        pmf[^1] += prior;

        return new Predictive(pmf);
    }

    /// <summary>The distribution of the sum of <paramref name="times"/> independent draws from this one.</summary>
    public Predictive SumOf(int times)
    {
        if (times < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(times), "A sum needs at least one draw.");
        }

        var result = this;
        for (var i = 1; i < times; i++)
        {
            result = Convolve(result, this);
        }

        return result;
    }

    public double Probability(int count) => count >= 0 && count < _pmf.Length ? _pmf[count] : 0;

    /// <summary>P(X ≤ count).</summary>
    public double Cdf(int count)
    {
        if (count < 0 || count >= _pmf.Length)
        {
            return count < 0 ? 0 : 1;
        }

        var cdf = new Cumulative(_pmf);
        for (var k = 0; k < count; k++)
        {
            cdf.Next();
        }

        return cdf.Next();
    }

    /// <summary>P(X ≥ count).</summary>
    public double AtLeast(int count) => count <= 0 ? 1 : Math.Clamp(1 - Cdf(count - 1), 0, 1);

    /// <summary>The smallest count whose cumulative probability reaches <paramref name="level"/>.</summary>
    public int Quantile(double level)
    {
        var cdf = new Cumulative(_pmf);
        for (var k = 0; k < _pmf.Length; k++)
        {
            if (cdf.Next() >= level - 1e-12)
            {
                return k;
            }
        }

        return MaxCount;
    }

    /// <summary>The central interval holding <paramref name="coverage"/> of the probability: from the (1 − c)/2 quantile to the (1 + c)/2 one.</summary>
    public (int Low, int High) Interval(double coverage) => (Quantile((1 - coverage) / 2), Quantile((1 + coverage) / 2));

    /// <summary>
    /// The continuous ranked probability score of the outcome, in the form for counts: the sum over
    /// k ≥ 0 of (F(k) − 1{y ≤ k})². Lower is better; a point forecast scores its absolute error.
    /// </summary>
    public double Crps(int outcome)
    {
        var sum = 0.0;
        var last = Math.Max(MaxCount, outcome);
        var cdf = new Cumulative(_pmf);
        for (var k = 0; k <= last; k++)
        {
            var step = outcome <= k ? 1.0 : 0.0;
            var d = (k < _pmf.Length ? cdf.Next() : 1) - step;
            sum += d * d;
        }

        return sum;
    }

    /// <summary>−ln p(y), the ignorance of the outcome in nats, with p floored at <see cref="Scores.Floor"/>.</summary>
    public double LogScore(int outcome) => -Math.Log(Math.Max(Probability(outcome), Scores.Floor));

    /// <summary>
    /// The cumulative probabilities, one count at a time, summed as a stored table would be (capped at
    /// 1, and exactly 1 at the last count): no table is kept, since a forecast of thousands of attacks
    /// holds tens of thousands of counts and a backtest makes hundreds of forecasts.
    /// </summary>
    private struct Cumulative(double[] pmf)
    {
        private double _sum;
        private int _k;

        public double Next()
        {
            _sum += pmf[_k];
            return ++_k == pmf.Length ? 1 : Math.Min(1, _sum);
        }
    }

    private static Predictive FromFunction(Func<int, double> pmf, double mean, double variance)
    {
        var beyondMean = (int)Math.Ceiling(mean + (10 * Math.Sqrt(variance)) + 10);
        // Sized once for where the tail is expected to end (it ends soon after beyondMean), grown only if it does not.
        var values = new double[Math.Clamp(beyondMean + 16, 16, MaxSupport)];
        var count = 0;
        var cumulative = 0.0;
        for (var k = 0; k < MaxSupport; k++)
        {
            if (count == values.Length)
            {
                Array.Resize(ref values, Math.Min(MaxSupport, values.Length * 2));
            }

            var p = pmf(k);
            values[count++] = double.IsFinite(p) ? p : 0;
            cumulative += values[count - 1];
            if (k > beyondMean && 1 - cumulative < Tail)
            {
                break;
            }
        }

        Array.Resize(ref values, count);
        return new Predictive(values);
    }

    private static Predictive Convolve(Predictive a, Predictive b)
    {
        var pmf = new double[a._pmf.Length + b._pmf.Length - 1];
        for (var i = 0; i < a._pmf.Length; i++)
        {
            if (a._pmf[i] == 0)
            {
                continue;
            }

            for (var j = 0; j < b._pmf.Length; j++)
            {
                pmf[i + j] += a._pmf[i] * b._pmf[j];
            }
        }

        return new Predictive(pmf);
    }
}
