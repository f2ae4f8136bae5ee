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

    public static bool Detects(int[] attacks, int k, double mean, double varianceRatio, double falseAlarm = 0.05)
    {
        var last = attacks[^k..].Sum();
        var total = attacks[^Window..].Sum();
        if (total == 0)
        {
            return false;
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

        return above + (at / 2) <= falseAlarm;
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
