using System.Globalization;

namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// A current count against a baseline count, each over its exposure (window length), with the
/// rate ratio, its exact interval at <see cref="Confidence"/> and the exact two-sided p-value.
/// <see cref="Ratio"/> is infinite when the baseline is zero and NaN when both counts are.
/// </summary>
public sealed record RateComparison(
    long Current,
    long Baseline,
    double CurrentExposure,
    double BaselineExposure,
    double Ratio,
    double Low,
    double High,
    double P,
    double Confidence)
{
    /// <summary>"×3.7 (95 % CI 2.2–6.3), p &lt; 0.001": the figure as the report states it.</summary>
    public string Describe()
    {
        var ci = $"{Confidence * 100:0} % CI {Number(Low)}–{Number(High)}";
        return $"×{Number(Ratio)} ({ci}), {PValue(P)}";
    }

    private static string Number(double x) =>
        double.IsPositiveInfinity(x) ? "∞"
        : double.IsNaN(x) ? "n/a"
        : x.ToString(x < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static string PValue(double p) =>
        p < 0.001 ? "p < 0.001" : $"p = {p.ToString(p < 0.01 ? "0.000" : "0.00", CultureInfo.InvariantCulture)}";
}
