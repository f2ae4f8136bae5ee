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

    /// <summary>
    /// "×3.7 (95 % CI 2.2–6.3), p &lt; 0.001": the figure as the report states it. A zero baseline has
    /// no finite ratio or upper bound, so it reads "4 against none (95 % CI 0.3 or more), p = 0.13",
    /// and two zero counts "none in either window": never "∞" or "NaN".
    /// </summary>
    public string Describe() => Current == 0 && Baseline == 0 ? NoneInEither : $"{Size()} ({Interval()}), {Figures.P(P)}";

    /// <summary>Without the interval, for a table cell: "×0.5, p = 1.00"; "3 against none, p = 0.25".</summary>
    public string Brief() => Current == 0 && Baseline == 0 ? NoneInEither : $"{Size()}, {Figures.P(P)}";

    /// <summary>"×3.7", or "4 against none" for a zero baseline.</summary>
    public string Size() => Baseline == 0
        ? $"{Current.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} against none"
        : $"×{Figures.Ratio(Ratio)}";

    /// <summary>"95 % CI 2.2–6.3", or "95 % CI 0.3 or more" when the upper end is unbounded.</summary>
    public string Interval()
    {
        var level = (Confidence * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        return double.IsFinite(High)
            ? $"{level} % CI {Figures.Ratio(Low)}–{Figures.Ratio(High)}"
            : $"{level} % CI {Figures.Ratio(Low)} or more";
    }

    private const string NoneInEither = "none in either window";
}
