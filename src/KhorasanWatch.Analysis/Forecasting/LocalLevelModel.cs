using MathNet.Numerics;

namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// A rate that drifts: a Poisson count whose log-rate takes a random walk, filtered with a gamma
/// posterior (shape a, rate b, from Jeffreys' a = ½) as in West and Harrison's Poisson–gamma
/// models (Bayesian Forecasting and Dynamic Models, ch. 14). Each month the walk adds w to the
/// rate's squared coefficient of variation (1/a ← 1/a + w, the mean kept) before the month's count
/// updates it (a ← a + y, b ← b + 1): w = 0 is the expanding Poisson, a larger w follows the recent
/// months. w is fitted to the history by the one-month-ahead predictive likelihood over a grid,
/// less Schwarz's penalty (½ ln n) for a walk at all: a steady rate, whose quiet stretches a free
/// walk would follow down to nothing, is read as steady.
/// The count in the next H months is negative binomial with the walk's variance over the window,
/// w·(H + 1)(2H + 1)/6H, added (and w more for each month the data do not cover): the rate may
/// move before and during the window.
/// </summary>
internal sealed class LocalLevelModel : ForecastModel
{
    private static readonly double[] Walks = [0, 0.0025, 0.005, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32];

    public override string Id => "local_level";

    public override string Name => "a drifting-rate (random-walk Poisson–gamma) model";

    public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0)
    {
        var best = (Likelihood: double.NegativeInfinity, A: 0.5, B: 0.0, Walk: 0.0);
        foreach (var walk in Walks)
        {
            var (fitted, a, b) = Filter(history, walk);
            var likelihood = fitted - (walk > 0 ? 0.5 * Math.Log(Math.Max(2, history.Count)) : 0); // Schwarz's penalty for the walk's parameter.
            if (likelihood > best.Likelihood + 1e-9)
            {
                best = (likelihood, a, b, walk);
            }
        }

        if (best.B <= 0)
        {
            return Predictive.Poisson(0.5 * horizon);
        }

        var months = lead + ((horizon + 1.0) * ((2.0 * horizon) + 1) / (6.0 * horizon));
        var shape = Evolve(best.A, best.Walk * months);
        return Predictive.NegativeBinomial(horizon * best.A / best.B, shape);
    }

    /// <summary>The one-month-ahead log predictive likelihood (from the second month on) and the posterior after the history.</summary>
    internal static (double LogLikelihood, double A, double B) Filter(IReadOnlyList<int> history, double walk)
    {
        var (a, b, sum) = (0.5, 0.0, 0.0);
        for (var t = 0; t < history.Count; t++)
        {
            if (b > 0)
            {
                var evolved = Evolve(a, walk);
                (b, a) = (b * evolved / a, evolved);
                var y = history[t];

                // Negative binomial with size a and success probability b / (b + 1).
                sum += SpecialFunctions.GammaLn(y + a) - SpecialFunctions.GammaLn(a) - SpecialFunctions.GammaLn(y + 1) + (a * Math.Log(b / (b + 1))) - (y * Math.Log(b + 1));
            }

            (a, b) = (a + history[t], b + 1);
        }

        return (sum, a, b);
    }

    /// <summary>The shape after the walk adds <paramref name="variance"/> to the squared coefficient of variation 1/a.</summary>
    private static double Evolve(double a, double variance) => a / (1 + (variance * a));
}
