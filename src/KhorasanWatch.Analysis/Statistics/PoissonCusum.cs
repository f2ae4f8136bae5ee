using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// A one-sided upper Poisson CUSUM (Lucas 1985) tuned to detect a rise from
/// <see cref="InControlRate"/> to <see cref="OutOfControlRate"/> events per period:
/// Sₜ = max(0, Sₜ₋₁ + xₜ − k) with k = (λ₁ − λ₀) / ln(λ₁/λ₀), signalling when Sₜ ≥ h.
/// k and h live on a grid of 1/<see cref="Resolution"/>, so the run-length Markov chain of
/// Brook and Evans (1972) is exact, and <see cref="ForInControlRunLength"/> chooses h from a
/// stated in-control average run length (the false-alarm rate) rather than by eye.
/// </summary>
public sealed record PoissonCusum
{
    public const int Resolution = 20;

    private PoissonCusum(double inControlRate, double outOfControlRate, int kSteps, int hSteps)
    {
        InControlRate = inControlRate;
        OutOfControlRate = outOfControlRate;
        KSteps = kSteps;
        HSteps = hSteps;
    }

    public double InControlRate { get; }

    public double OutOfControlRate { get; }

    /// <summary>The reference value k, rounded to the grid.</summary>
    public double K => (double)KSteps / Resolution;

    /// <summary>The decision threshold h.</summary>
    public double H => (double)HSteps / Resolution;

    private int KSteps { get; }

    private int HSteps { get; }

    /// <summary>The CUSUM with the smallest threshold whose in-control average run length is at least <paramref name="runLength"/> periods.</summary>
    public static PoissonCusum ForInControlRunLength(double inControlRate, double outOfControlRate, double runLength)
    {
        if (!(inControlRate > 0) || !(outOfControlRate > inControlRate))
        {
            throw new ArgumentOutOfRangeException(nameof(outOfControlRate), "The rates must satisfy 0 < in-control < out-of-control.");
        }

        if (!(runLength > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(runLength), "The in-control run length must exceed one period.");
        }

        var k = (outOfControlRate - inControlRate) / Math.Log(outOfControlRate / inControlRate);
        var kSteps = Math.Max(1, (int)Math.Round(k * Resolution));

        // The run length grows with h: double h until it is long enough, then bisect on the grid.
        int low = 0, high = Resolution;
        while (new PoissonCusum(inControlRate, outOfControlRate, kSteps, high).AverageRunLength(inControlRate) < runLength)
        {
            low = high;
            high *= 2;
            if (high > 2000 * Resolution)
            {
                throw new ArgumentOutOfRangeException(nameof(runLength), "No threshold reaches that run length.");
            }
        }

        while (high - low > 1)
        {
            var mid = (low + high) / 2;
            if (new PoissonCusum(inControlRate, outOfControlRate, kSteps, mid).AverageRunLength(inControlRate) >= runLength)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return new PoissonCusum(inControlRate, outOfControlRate, kSteps, high);
    }

    /// <summary>
    /// The average number of periods to the first signal, starting from S = 0, when counts are
    /// Poisson with mean <paramref name="rate"/>: ARL = (I − Q)⁻¹·1 over the states below h.
    /// </summary>
    public double AverageRunLength(double rate)
    {
        var states = HSteps; // S ∈ {0, 1/r, …, (h − 1/r)}
        var q = Matrix<double>.Build.Dense(states, states);
        var maxCount = (int)Math.Ceiling(rate + (12 * Math.Sqrt(rate)) + 20 + (double)(HSteps + KSteps) / Resolution);
        var pmf = Enumerable.Range(0, maxCount + 1).Select(x => Poisson.PMF(rate, x)).ToArray();
        for (var from = 0; from < states; from++)
        {
            for (var x = 0; x <= maxCount; x++)
            {
                var to = Math.Max(0, from + (x * Resolution) - KSteps);
                if (to < states)
                {
                    q[from, to] += pmf[x];
                }
            }
        }

        var system = Matrix<double>.Build.DenseIdentity(states) - q;
        var arl = system.Solve(Vector<double>.Build.Dense(states, 1.0));
        return arl[0];
    }

    /// <summary>Runs the CUSUM over a count series; after a signal the sum restarts from zero.</summary>
    public CusumTrace Run(IReadOnlyList<int> counts)
    {
        var sums = new double[counts.Count];
        var signals = new List<int>();
        var s = 0;
        for (var t = 0; t < counts.Count; t++)
        {
            s = Math.Max(0, s + (counts[t] * Resolution) - KSteps);
            sums[t] = (double)s / Resolution;
            if (s >= HSteps)
            {
                signals.Add(t);
                s = 0;
            }
        }

        return new CusumTrace(sums, signals);
    }
}

/// <summary>The CUSUM statistic after each period, and the periods where it signalled.</summary>
public sealed record CusumTrace(IReadOnlyList<double> Sums, IReadOnlyList<int> Signals);
