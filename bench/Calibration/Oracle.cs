using MathNet.Numerics;

namespace Calibration;

/// <summary>
/// The best a single test could do without knowing the rate: told the change's window (its last k
/// months of the 36 the warnings read) and the true dispersion, it asks whether those months hold
/// more of the window's N attacks than chance would put there. Given N, months of one negative
/// binomial (size r) put a beta-binomial(N, kr, (36 − k)r) number in the last k (binomial(N, k/36)
/// for Poisson), so the test is exact; it rejects when the mid-p is at most 5 %, which holds its
/// false-alarm rate at 5 % on average over the discreteness.
/// </summary>
internal static class Oracle
{
    public const int Window = 36;

    public static bool Detects(int[] attacks, int k, double mean, double varianceRatio, double falseAlarm = 0.05) =>
        MidP(attacks, k, mean, varianceRatio) <= falseAlarm;

    /// <summary>
    /// The scan oracle's statistic: told the true dispersion but not when the change began, the
    /// smallest mid-p over a change in the last k = 1 … 12 months. It is calibrated by simulating
    /// windows with nothing changed (<see cref="ScanThreshold"/>), so it bounds what any test that
    /// does not know the change's start can reach at the same false-alarm rate.
    /// </summary>
    public static double ScanP(int[] attacks, double mean, double varianceRatio)
    {
        var best = 1.0;
        for (var k = 1; k <= 12; k++)
        {
            best = Math.Min(best, MidP(attacks, k, mean, varianceRatio));
        }

        return best;
    }

    /// <summary>The scan statistic's <paramref name="falseAlarm"/> quantile over <paramref name="runs"/> windows with nothing changed.</summary>
    public static double ScanThreshold(double mean, double varianceRatio, int runs, double falseAlarm = 0.05)
    {
        var random = new Random(-1);
        var p = new double[runs];
        for (var r = 0; r < runs; r++)
        {
            var counts = Enumerable.Range(0, Window).Select(_ => History.Count(random, mean, varianceRatio)).ToArray();
            p[r] = ScanP(counts, mean, varianceRatio);
        }

        Array.Sort(p);
        return p[(int)(falseAlarm * runs)];
    }

    private static double MidP(int[] attacks, int k, double mean, double varianceRatio)
    {
        var last = attacks[^k..].Sum();
        var total = attacks[^Window..].Sum();
        if (total == 0)
        {
            return 1;
        }

        var above = 0.0;
        var at = 0.0;
        for (var x = last; x <= total; x++)
        {
            var p = Math.Exp(LogPmf(x, total, k, mean, varianceRatio));
            if (x == last)
            {
                at = p;
            }
            else
            {
                above += p;
            }
        }

        return above + (at / 2);
    }

    private static double LogPmf(int x, int n, int k, double mean, double varianceRatio)
    {
        var choose = SpecialFunctions.GammaLn(n + 1) - SpecialFunctions.GammaLn(x + 1) - SpecialFunctions.GammaLn(n - x + 1);
        if (varianceRatio <= 1)
        {
            var q = (double)k / Window;
            return choose + (x * Math.Log(q)) + ((n - x) * Math.Log(1 - q));
        }

        var r = mean / (varianceRatio - 1);
        var a = k * r;
        var b = (Window - k) * r;
        return choose + SpecialFunctions.BetaLn(x + a, n - x + b) - SpecialFunctions.BetaLn(a, b);
    }
}
