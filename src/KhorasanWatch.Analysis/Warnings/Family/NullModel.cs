using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// "Nothing changed in the window", conditional on what the window holds, from which replicate
/// windows are drawn. Each series keeps its total over the window; the total is spread over the
/// periods as independent months of one negative binomial would spread it — Dirichlet-multinomial
/// with a size from the window's dispersion, drawn afresh for each replicate (<see cref="Spread"/>;
/// uniform, that is Poisson, where the draw is not over-dispersed). Given the total this does not depend on the rate at
/// all, so no error in estimating the rate can make a false alarm; only the clustering is
/// estimated, and the tests are standardised by it. The attacks' marks (target, province, country,
/// which series count them) are the window's own, shuffled over the simulated attacks: the exact
/// permutation null of a mix that does not change in time. So a first attack in a new place is
/// judged by how often one of the window's attacks would fall in the last quarter, alone, by chance.
/// </summary>
public sealed class NullModel
{
    private readonly Mark[] _marks;
    private readonly MarkBounds _bounds;
    private readonly Spread _attacks;
    private readonly Spread[] _others;
    private readonly int _periods;
    private readonly Mark[] _scratch;

    private NullModel(Mark[] marks, MarkBounds bounds, Spread attacks, Spread[] others, int periods)
    {
        _marks = marks;
        _bounds = bounds;
        _attacks = attacks;
        _others = others;
        _periods = periods;
        _scratch = new Mark[marks.Length];
    }

    /// <summary>Fits the null to <paramref name="observed"/>, whose first <paramref name="baseline"/> periods are the baseline.</summary>
    public static NullModel Fit(WindowData observed, int baseline)
    {
        var marks = observed.AllAttacks.ToArray();
        var attacks = Spread.Of(observed.AttackCounts(), baseline);
        var others = observed.OtherCounts.Select(c => Spread.Of(c, baseline)).ToArray();
        return new NullModel(marks, observed.Bounds, attacks, others, observed.Periods);
    }

    /// <summary>Draws one replicate window.</summary>
    public WindowData Simulate(Random random) => Simulate(random, new Mark[_marks.Length]);

    /// <summary>
    /// Draws one replicate window into the model's own buffer: the replicate is read before the
    /// next is drawn (<see cref="FamilyCalibration"/>), so two thousand draws allocate no marks.
    /// The same draws as <see cref="Simulate(Random)"/>.
    /// </summary>
    internal WindowData SimulateReusing(Random random) => Simulate(random, _scratch);

    private WindowData Simulate(Random random, Mark[] shuffled)
    {
        var perPeriod = Allocate(_attacks, random);
        Array.Copy(_marks, shuffled, _marks.Length);
        random.Shuffle(shuffled);
        return new WindowData(shuffled, WindowData.Starts(perPeriod), _others.Select(o => Allocate(o, random)).ToArray(), _bounds);
    }

    /// <summary>Spreads a total over the periods: a Dirichlet(r, …, r) draw of the periods' shares, then each event placed by it; uniform shares for Poisson.</summary>
    private int[] Allocate(Spread spread, Random random)
    {
        var counts = new int[_periods];
        if (spread.Total == 0)
        {
            return counts;
        }

        var size = spread.DrawSize(random);
        var cumulative = new double[_periods];
        var sum = 0.0;
        for (var t = 0; t < _periods; t++)
        {
            sum += size is { } r ? Math.Max(Gamma.Sample(random, r, 1), 1e-300) : 1;
            cumulative[t] = sum;
        }

        var guide = Guide(cumulative, sum);
        for (var i = 0; i < spread.Total; i++)
        {
            counts[Math.Min(FirstAtLeast(cumulative, guide, sum, random.NextDouble() * sum), _periods - 1)]++;
        }

        return counts;
    }

    /// <summary>
    /// Where to start looking for a draw's period: for each of <c>4 × periods</c> equal slices of
    /// the total, the first period whose cumulative share reaches the slice's start.
    /// </summary>
    private static int[] Guide(double[] cumulative, double sum)
    {
        var guide = new int[cumulative.Length * 4];
        var t = 0;
        for (var b = 0; b < guide.Length; b++)
        {
            var start = b * sum / guide.Length;
            while (t < cumulative.Length - 1 && cumulative[t] < start)
            {
                t++;
            }

            guide[b] = t;
        }

        return guide;
    }

    /// <summary>
    /// The first period whose cumulative share reaches <paramref name="u"/> (the shares never fall),
    /// or the length when none does: from the guide's start, stepped down and up to the exact place,
    /// so the guide only saves steps and never changes the answer.
    /// </summary>
    private static int FirstAtLeast(double[] cumulative, int[] guide, double sum, double u)
    {
        var t = guide[Math.Min((int)(u / sum * guide.Length), guide.Length - 1)];
        while (t > 0 && cumulative[t - 1] >= u)
        {
            t--;
        }

        while (t < cumulative.Length && cumulative[t] < u)
        {
            t++;
        }

        return t;
    }

    /// <summary>
    /// A series' total and its clustering: the dispersion φ̂ (variance over mean) from the window's
    /// months about the means of the baseline and of the monitored periods apart (so a change
    /// between them does not pass for clustering), with its uncertainty as ν degrees of freedom;
    /// each replicate draws its own φ = φ̂·ν/χ²(ν), the scaled inverse chi-square, so a window too
    /// short to tell clustering from chance is simulated as possibly clustered, not as Poisson.
    /// </summary>
    private readonly record struct Spread(int Total, double Mean, double Dispersion, double Freedom)
    {
        public static Spread Of(int[] counts, int baseline)
        {
            var total = counts.Sum();
            var n = counts.Length;
            var mean = total / (double)n;
            if (total == 0 || n < 4 || baseline < 2 || baseline > n - 2)
            {
                return new Spread(total, mean, 1, double.PositiveInfinity);
            }

            var squares = Squares(counts[..baseline]) + Squares(counts[baseline..]);
            var variance = squares / (n - 2);
            var dispersion = Math.Max(variance / mean, 1e-3);

            // var(φ̂)/φ² ≈ 2/(n − 2) for normal months, plus 1/(nσ²) for counts this small.
            var relative = (2.0 / (n - 2)) + (1 / (n * Math.Max(variance, mean)));
            return new Spread(total, mean, dispersion, 2 / relative);
        }

        public double? DrawSize(Random random)
        {
            var phi = double.IsPositiveInfinity(Freedom) ? Dispersion : Dispersion * Freedom / ChiSquared.Sample(random, Freedom);
            return phi > 1 ? Mean / (phi - 1) : null;
        }

        private static double Squares(int[] counts)
        {
            var m = counts.Average();
            return counts.Sum(c => (c - m) * (c - m));
        }
    }
}
