namespace KhorasanWatch.Analysis.Tests.Forecasting;

/// <summary>Counts from known processes for the forecasting tests, from a seeded generator.</summary>
internal static class Draws
{
    public static int Poisson(Random random, double rate)
    {
        if (rate > 30)
        {
            return Poisson(random, rate / 2) + Poisson(random, rate / 2);
        }

        var (limit, k, p) = (Math.Exp(-rate), 0, random.NextDouble());
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    /// <summary>Mean <paramref name="mean"/>, size <paramref name="size"/>: a Poisson at a gamma rate.</summary>
    public static int NegativeBinomial(Random random, double mean, double size) =>
        Poisson(random, MathNet.Numerics.Distributions.Gamma.Sample(random, size, size / mean));

    /// <summary>λₜ = ω + α yₜ₋₁ + β λₜ₋₁, yₜ Poisson(λₜ), from the stationary mean.</summary>
    public static int[] SelfExciting(Random random, int months, double omega, double alpha, double beta)
    {
        var lambda = omega / (1 - alpha - beta);
        var counts = new int[months];
        for (var t = 0; t < months; t++)
        {
            counts[t] = Poisson(random, lambda);
            lambda = omega + (alpha * counts[t]) + (beta * lambda);
        }

        return counts;
    }
}
