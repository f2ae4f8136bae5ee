using MathNet.Numerics.Distributions;

namespace Calibration;

/// <summary>
/// The improved Farrington algorithm (Noufaily et al. 2013, Statistics in Medicine 32:1206–1222; the
/// method of R's surveillance::farringtonFlexible) on monthly counts, as a detector of this bench
/// only. For month t₀ the reference values are the months t₀ − 12y − w … t₀ − 12y + w of the
/// <see cref="Years"/> years before; a quasi-Poisson log-linear model with a trend is fitted, the
/// reference values with Anscombe residuals above 2.58 are down-weighted (weights ∝ r⁻², rescaled to
/// sum to n) and the model refitted; the trend is kept only when significant at 5 % and the
/// prediction stays within the data; the threshold is the negative-binomial plug-in (mean μ₀, size
/// μ₀/(φ − 1)). Simplified: no seasonal factor (the simulated months have no season) and no
/// leverage correction of the residuals.
/// </summary>
internal static class Farrington
{
    public const int Years = 3;
    public const int HalfWindow = 3;
    private const double NativeAlpha = 0.05;

    /// <summary>The upper-tail p of month <paramref name="t0"/>'s count under the fitted null, P(Y ≥ y₀).</summary>
    public static double UpperP(int[] counts, int t0)
    {
        var (mu, phi) = Fit(counts, t0);
        var y = counts[t0];
        if (y == 0)
        {
            return 1;
        }

        if (phi <= 1.0001)
        {
            return 1 - Poisson.CDF(mu, y - 1);
        }

        var size = mu / (phi - 1);
        return 1 - NegativeBinomial.CDF(size, size / (size + mu), y - 1);
    }

    /// <summary>Farrington's own alarm: the count is above the upper 1 − α quantile (α = 0.05).</summary>
    public static bool NativeAlarm(int[] counts, int t0) => UpperP(counts, t0) < NativeAlpha;

    private static (double Mu, double Phi) Fit(int[] counts, int t0)
    {
        var t = new List<double>();
        var y = new List<double>();
        for (var year = 1; year <= Years; year++)
        {
            for (var d = -HalfWindow; d <= HalfWindow; d++)
            {
                var i = t0 - (12 * year) + d;
                if (i >= 0)
                {
                    t.Add(i);
                    y.Add(counts[i]);
                }
            }
        }

        if (y.Sum() == 0)
        {
            return (0.5 / y.Count, 1);
        }

        var weights = Enumerable.Repeat(1.0, y.Count).ToArray();
        var withTrend = Glm(t, y, weights, trend: true);
        weights = Reweight(y, withTrend.Mu, withTrend.Phi);
        withTrend = Glm(t, y, weights, trend: true);
        var mu0 = Math.Exp(withTrend.Alpha + (withTrend.Beta * t0));
        if (Math.Abs(withTrend.TStatistic) > 1.96 && mu0 <= y.Max())
        {
            return (Math.Max(mu0, 1e-6), withTrend.Phi);
        }

        var flat = Glm(t, y, Enumerable.Repeat(1.0, y.Count).ToArray(), trend: false);
        weights = Reweight(y, flat.Mu, flat.Phi);
        flat = Glm(t, y, weights, trend: false);
        return (Math.Max(Math.Exp(flat.Alpha), 1e-6), flat.Phi);
    }

    private static double[] Reweight(List<double> y, double[] mu, double phi)
    {
        var w = new double[y.Count];
        for (var i = 0; i < y.Count; i++)
        {
            var r = 1.5 * (Math.Pow(y[i], 2.0 / 3) - Math.Pow(mu[i], 2.0 / 3)) / (Math.Sqrt(phi) * Math.Pow(mu[i], 1.0 / 6));
            w[i] = r > 2.58 ? 1 / (r * r) : 1;
        }

        var scale = y.Count / w.Sum();
        return w.Select(x => x * scale).ToArray();
    }

    private sealed record GlmFit(double Alpha, double Beta, double TStatistic, double Phi, double[] Mu);

    /// <summary>Weighted quasi-Poisson log-linear regression on time by iteratively reweighted least squares.</summary>
    private static GlmFit Glm(List<double> t, List<double> y, double[] prior, bool trend)
    {
        var n = y.Count;
        var centre = t.Average();
        var alpha = Math.Log(Math.Max(y.Average(), 0.1));
        var beta = 0.0;
        double[] mu = new double[n];
        double s00 = 0, s01 = 0, s11 = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double b0 = 0, b1 = 0;
            s00 = s01 = s11 = 0;
            for (var i = 0; i < n; i++)
            {
                var x = t[i] - centre;
                mu[i] = Math.Exp(alpha + (beta * x));
                var z = alpha + (beta * x) + ((y[i] - mu[i]) / mu[i]);
                var w = prior[i] * mu[i];
                s00 += w;
                s01 += w * x;
                s11 += w * x * x;
                b0 += w * z;
                b1 += w * x * z;
            }

            double newAlpha, newBeta;
            if (trend && s11 * s00 - (s01 * s01) > 1e-12)
            {
                var det = (s00 * s11) - (s01 * s01);
                newAlpha = ((s11 * b0) - (s01 * b1)) / det;
                newBeta = ((s00 * b1) - (s01 * b0)) / det;
            }
            else
            {
                newAlpha = b0 / s00;
                newBeta = 0;
            }

            var done = Math.Abs(newAlpha - alpha) + Math.Abs(newBeta - beta) < 1e-10;
            alpha = Math.Clamp(newAlpha, -30, 30);
            beta = Math.Clamp(newBeta, -5, 5);
            if (done)
            {
                break;
            }
        }

        var p = trend ? 2 : 1;
        var pearson = 0.0;
        for (var i = 0; i < n; i++)
        {
            mu[i] = Math.Exp(alpha + (beta * (t[i] - centre)));
            pearson += prior[i] * (y[i] - mu[i]) * (y[i] - mu[i]) / mu[i];
        }

        var phi = Math.Max(1, pearson / Math.Max(1, n - p));
        var varianceBeta = trend ? phi * s00 / ((s00 * s11) - (s01 * s01)) : double.PositiveInfinity;
        return new GlmFit(alpha - (beta * centre), beta, trend ? beta / Math.Sqrt(varianceBeta) : 0, phi, mu);
    }
}
