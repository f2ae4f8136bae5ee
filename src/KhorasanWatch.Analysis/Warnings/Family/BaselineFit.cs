namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// A series' baseline as the tests standardise by it: its mean per period (at least half an event
/// over the baseline, so a quiet baseline still gives a rate) and its dispersion φ, the variance
/// over the mean (at least 1: quasi-Poisson, as the public-health outbreak detectors use it).
/// Dividing each statistic by φ makes it nearly free of the clustering, so the simulated null is
/// robust to misjudging it.
/// </summary>
public readonly record struct BaselineFit(double Mean, double Dispersion, bool Empty)
{
    public static BaselineFit Of(ReadOnlySpan<int> baseline)
    {
        var n = baseline.Length;
        double sum = 0;
        foreach (var c in baseline)
        {
            sum += c;
        }

        var mean = sum / n;
        if (sum == 0)
        {
            return new BaselineFit(0.5 / n, 1, Empty: true);
        }

        double squares = 0;
        foreach (var c in baseline)
        {
            squares += (c - mean) * (c - mean);
        }

        var variance = n > 1 ? squares / (n - 1) : mean;
        return new BaselineFit(mean, Math.Max(1, variance / mean), Empty: false);
    }
}
