using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// A self-exciting count model, the monthly form of a Hawkes process: each month's expected count
/// λₜ = ω + α·yₜ₋₁ + β·λₜ₋₁, so an attack raises the chance of more in the months after it (α, the
/// excitation; α + β, how long a campaign lasts), and the count given λₜ is negative binomial with
/// size r (clustering within the month). Fitted by maximum likelihood over a grid of α, β and r,
/// with ω set so the long-run mean is the history's and Akaike's penalty on α and β. The predictive is simulated (4,000 paths, seeded
/// by the history, so the same history gives the same forecast), through any months the data do not
/// cover; each path first draws the process's level from its uncertainty — a gamma with mean 1 and
/// shape the history's attacks divided by the variance a self-exciting count carries per attack,
/// (1 + m/r)/(1 − α/(1 − β))² — so a short or clustered history gives a wider forecast.
/// </summary>
internal sealed class SelfExcitingModel : ForecastModel
{
    private const int Paths = 4_000;
    private static readonly double[] Alphas = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    private static readonly double[] Betas = [0, 0.2, 0.4, 0.6, 0.8];
    private static readonly double[] Sizes = [0.5, 1, 2, 4, 8, 32, double.PositiveInfinity];

    public override string Id => "self_exciting";

    public override string Name => "a self-exciting (Hawkes-type) count model";

    public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0)
    {
        var fit = Fit(history);
        var mean = (history.Sum() + 0.5) / Math.Max(1, history.Count);
        var branching = fit.Alpha / (1 - fit.Beta);
        var perAttack = (1 + (double.IsPositiveInfinity(fit.Size) ? 0 : mean / fit.Size)) / ((1 - branching) * (1 - branching));
        var shape = (history.Sum() + 0.5) / perAttack;
        var random = new Random(Seed(history, horizon, lead));
        var sums = new int[Paths];
        for (var path = 0; path < Paths; path++)
        {
            var level = Gamma.Sample(random, shape, shape);
            var omega = fit.Omega * level;
            var lambda = fit.Next * level;
            var total = 0;
            for (var step = 0; step < lead + horizon; step++)
            {
                var y = Draw(random, lambda, fit.Size);
                if (step >= lead)
                {
                    total += y;
                }

                lambda = omega + (fit.Alpha * y) + (fit.Beta * lambda);
            }

            sums[path] = total;
        }

        return Predictive.Empirical(sums);
    }

    /// <summary>The fitted parameters and the expected count of the month after the history.</summary>
    internal static (double Omega, double Alpha, double Beta, double Size, double Next) Fit(IReadOnlyList<int> history)
    {
        // Read once into an array: the grid walks the history ~250 times, and an IReadOnlyList over an ArraySegment boxes its enumerator each time.
        var counts = history.ToArray();
        var mean = (counts.Sum() + 0.5) / Math.Max(1, counts.Length);
        var best = (Omega: mean, Alpha: 0.0, Beta: 0.0, Size: double.PositiveInfinity, Next: mean);
        var bestLikelihood = double.NegativeInfinity;
        var ratios = new GammaRatios(counts.Length == 0 ? 0 : counts.Max());
        foreach (var alpha in Alphas)
        {
            foreach (var beta in Betas.Where(b => alpha + b <= 0.95))
            {
                var omega = mean * (1 - alpha - beta);
                foreach (var size in Sizes)
                {
                    var (fitted, next) = LogLikelihood(counts, omega, alpha, beta, size, mean, ratios);
                    var likelihood = fitted - Parameters(alpha, beta);
                    if (likelihood > bestLikelihood + 1e-9)
                    {
                        (bestLikelihood, best) = (likelihood, (omega, alpha, beta, size, next));
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Akaike's penalty, one for each parameter of the dynamics the fit frees (excitation,
    /// persistence): on a few events an unpenalised fit finds excitation in chance and then forecasts
    /// too few attacks in every quiet stretch. The clustering within a month is left free, as
    /// months too spread out for a Poisson are the rule and a forecast that misses it is overconfident.
    /// </summary>
    private static int Parameters(double alpha, double beta) => (alpha > 0 ? 1 : 0) + (beta > 0 ? 1 : 0);

    private static (double LogLikelihood, double Next) LogLikelihood(int[] history, double omega, double alpha, double beta, double size, double start, GammaRatios ratios)
    {
        var lambda = start;
        var sum = 0.0;
        var poisson = double.IsPositiveInfinity(size);
        var ratio = poisson ? [] : ratios.For(size);
        foreach (var y in history)
        {
            sum += poisson
                ? (y * Math.Log(lambda)) - lambda
                : ratio[y] + (size * Math.Log(size / (size + lambda))) + (y * Math.Log(lambda / (size + lambda)));
            lambda = omega + (alpha * y) + (beta * lambda);
        }

        return (sum, lambda);
    }

    /// <summary>
    /// ln Γ(y + r) − ln Γ(r) for every count 0..the history's largest, worked out once per size of
    /// a fit: the grid reads each of them for every (α, β), thousands of times over one history.
    /// </summary>
    private sealed class GammaRatios(int largest)
    {
        private readonly Dictionary<double, double[]> _bySize = [];

        public double[] For(double size)
        {
            if (!_bySize.TryGetValue(size, out var table))
            {
                table = new double[largest + 1];
                var lnGammaSize = SpecialFunctions.GammaLn(size);
                for (var y = 0; y <= largest; y++)
                {
                    table[y] = SpecialFunctions.GammaLn(y + size) - lnGammaSize;
                }

                _bySize[size] = table;
            }

            return table;
        }
    }

    /// <summary>
    /// A negative-binomial draw as the gamma–Poisson mixture it is: a rate from Gamma(r, rate r/λ),
    /// then a Poisson count. (MathNet's own sampler reads p as the gamma's rate, and draws with mean r/p, not λ.)
    /// </summary>
    private static int Draw(Random random, double lambda, double size) =>
        lambda <= 0 ? 0
        : double.IsPositiveInfinity(size) ? Poisson.Sample(random, lambda)
        : Poisson.Sample(random, Math.Max(1e-12, Gamma.Sample(random, size, size / lambda)));

    /// <summary>FNV-1a over the history and the horizon: the same question always draws the same paths.</summary>
    private static int Seed(IReadOnlyList<int> history, int horizon, int lead)
    {
        var hash = 2166136261u;
        foreach (var v in history.Append(horizon).Append(lead))
        {
            hash = (hash ^ (uint)v) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
