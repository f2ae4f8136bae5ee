using MathNet.Numerics.LinearAlgebra;

namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// A one-sided CUSUM for counts (Lucas 1985), Poisson or negative binomial, tuned to detect a move
/// of the mean from <see cref="InControl"/> to <see cref="OutOfControlMean"/>. For a rise
/// Sₜ = max(0, Sₜ₋₁ + xₜ − k); for a fall Sₜ = max(0, Sₜ₋₁ + k − xₜ); k is the likelihood-ratio
/// reference value of the model, and the CUSUM signals when Sₜ ≥ h. k and h live on a grid of
/// 1/<see cref="Resolution"/> (finer for small counts, where rounding matters, coarser for large
/// ones, where it does not and the chain would be large), so the run-length Markov chain of Brook and Evans (1972) is exact and
/// <c>ForInControlRunLength</c> chooses h from a stated in-control average run length (the
/// false-alarm rate) rather than by eye.
/// </summary>
public sealed record CountCusum
{
    public const int MaxResolution = 20;

    /// <summary>The largest run-length chain solved: a dense system of this many states takes seconds, not hours.</summary>
    public const int MaxStates = 2500;

    private CountCusum(CountDistribution inControl, double outOfControlMean, int resolution, int kSteps, int hSteps, double inControlRunLength = double.NaN)
    {
        InControlRunLength = inControlRunLength;
        Resolution = resolution;
        InControl = inControl;
        OutOfControlMean = outOfControlMean;
        KSteps = kSteps;
        HSteps = hSteps;
    }

    public CountDistribution InControl { get; }

    /// <summary>
    /// The exact in-control average run length of the chosen threshold: at least the one asked for,
    /// and sometimes well above it, because counts are whole numbers and the achievable run lengths
    /// are far apart (a ×3 rise from 10 a month: 139 months where 60 were asked).
    /// </summary>
    public double InControlRunLength { get; }

    /// <summary>Grid steps per event.</summary>
    public int Resolution { get; }

    public double OutOfControlMean { get; }

    /// <summary>True when the CUSUM looks for a rise, false for a fall.</summary>
    public bool Upward => OutOfControlMean > InControl.Mean;

    /// <summary>The reference value k, rounded to the grid.</summary>
    public double K => (double)KSteps / Resolution;

    /// <summary>The decision threshold h.</summary>
    public double H => (double)HSteps / Resolution;

    private int KSteps { get; }

    private int HSteps { get; }

    /// <summary>A Poisson CUSUM from λ₀ to λ₁ with the smallest threshold whose in-control average run length is at least <paramref name="runLength"/> periods.</summary>
    public static CountCusum ForInControlRunLength(double inControlRate, double outOfControlRate, double runLength) =>
        ForInControlRunLength(CountDistribution.Poisson(inControlRate), outOfControlRate, runLength);

    /// <summary>The CUSUM with the smallest threshold whose in-control average run length is at least <paramref name="runLength"/> periods.</summary>
    public static CountCusum ForInControlRunLength(CountDistribution inControl, double outOfControlMean, double runLength)
    {
        if (!(outOfControlMean > 0) || outOfControlMean == inControl.Mean || double.IsInfinity(outOfControlMean))
        {
            throw new ArgumentOutOfRangeException(nameof(outOfControlMean), "The out-of-control mean must be positive, finite and differ from the in-control mean.");
        }

        if (!(runLength > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(runLength), "The in-control run length must exceed one period.");
        }

        var k = CountDistribution.ReferenceValue(inControl, outOfControlMean);
        var resolution = Math.Clamp((int)Math.Round(MaxResolution * Math.Sqrt(10 / Math.Max(inControl.Variance, 10))), 1, MaxResolution);
        var kSteps = Math.Max(1, (int)Math.Round(k * resolution));
        var pmf = inControl.ProbabilitiesUpTo((int)Math.Ceiling(inControl.Mean));

        // The run length grows with h: double h until it is long enough, then bisect on the grid.
        int low = 0, high = resolution;
        while (new CountCusum(inControl, outOfControlMean, resolution, kSteps, high).AverageRunLength(pmf) < runLength)
        {
            low = high;
            high = Math.Min(high * 2, MaxStates);
            if (low == MaxStates)
            {
                throw new ArgumentOutOfRangeException(nameof(runLength), $"No threshold within {MaxStates:N0} grid steps reaches a run length of {runLength:N0} periods.");
            }
        }

        while (high - low > 1)
        {
            var mid = (low + high) / 2;
            if (new CountCusum(inControl, outOfControlMean, resolution, kSteps, mid).AverageRunLength(pmf) >= runLength)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        var chosen = new CountCusum(inControl, outOfControlMean, resolution, kSteps, high);
        return new CountCusum(inControl, outOfControlMean, resolution, kSteps, high, chosen.AverageRunLength(pmf));
    }

    /// <summary>The average run length when counts are Poisson with mean <paramref name="rate"/>.</summary>
    public double AverageRunLength(double rate) => AverageRunLength(CountDistribution.Poisson(rate));

    /// <summary>
    /// The average number of periods to the first signal, starting from S = 0, when counts follow
    /// <paramref name="actual"/>: ARL = (I − Q)⁻¹·1 over the states below h.
    /// </summary>
    public double AverageRunLength(CountDistribution actual) =>
        AverageRunLength(actual.ProbabilitiesUpTo((int)Math.Ceiling(actual.Mean + ((double)(HSteps + KSteps) / Resolution))));

    /// <summary>
    /// The chance that the CUSUM signals within <paramref name="periods"/> periods, starting from
    /// S = 0, when the counts follow the in-control distribution: 1 − (Qⁿ·1)₀ over the run-length
    /// chain, exact, where 1 − (1 − 1/ARL)ⁿ would only approximate it (the run length is not geometric).
    /// </summary>
    public double InControlChanceOfSignalWithin(int periods)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        var q = Transitions(InControl.ProbabilitiesUpTo((int)Math.Ceiling(InControl.Mean + ((double)(HSteps + KSteps) / Resolution))));
        var surviving = Vector<double>.Build.Dense(HSteps, 1.0);
        for (var t = 0; t < periods; t++)
        {
            surviving = q * surviving;
        }

        return Math.Clamp(1 - surviving[0], 0, 1);
    }

    private double AverageRunLength(double[] pmf)
    {
        var states = HSteps;
        var system = Matrix<double>.Build.DenseIdentity(states) - Transitions(pmf);
        var arl = system.Solve(Vector<double>.Build.Dense(states, 1.0));
        return arl[0];
    }

    /// <summary>The sub-stochastic matrix of moves between the states below h, S ∈ {0, 1/r, …, (h − 1/r)}.</summary>
    private Matrix<double> Transitions(double[] pmf)
    {
        var states = HSteps;
        var q = Matrix<double>.Build.Dense(states, states);
        for (var from = 0; from < states; from++)
        {
            for (var x = 0; x < pmf.Length; x++)
            {
                var to = Next(from, x);
                if (to < states)
                {
                    q[from, to] += pmf[x];
                }
            }
        }

        return q;
    }

    private int Next(int s, int count)
    {
        var step = Upward ? ((long)count * Resolution) - KSteps : KSteps - ((long)count * Resolution);
        return (int)Math.Clamp(s + step, 0, int.MaxValue);
    }

    /// <summary>Runs the CUSUM over a count series; after a signal the sum restarts from zero.</summary>
    public CusumTrace Run(IReadOnlyList<int> counts)
    {
        var sums = new double[counts.Count];
        var signals = new List<int>();
        var s = 0;
        for (var t = 0; t < counts.Count; t++)
        {
            s = Next(s, counts[t]);
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
