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
    /// <summary>Events per unit of exposure in the current window.</summary>
    public double CurrentRate => Current / CurrentExposure;

    /// <summary>Events per unit of exposure in the baseline window.</summary>
    public double BaselineRate => Baseline / BaselineExposure;

    /// <summary>"×3.7 (95 % CI 2.2–6.3), p &lt; 0.001": the figure as the report states it; "4 against none" for a zero baseline.</summary>
    public string Describe()
    {
        if (Baseline == 0)
        {
            return Current == 0 ? "none in either window" : $"{Current:N0} against none ({Confidence * 100:0} % CI {Figures.Ratio(Low)}–∞), {Figures.P(P)}";
        }

        var ci = $"{Confidence * 100:0} % CI {Figures.Ratio(Low)}–{Figures.Ratio(High)}";
        return $"×{Figures.Ratio(Ratio)} ({ci}), {Figures.P(P)}";
    }
}
