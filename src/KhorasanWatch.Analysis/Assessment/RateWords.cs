using System.Globalization;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// A rate comparison as the assessment writes it, with no "∞" or "NaN" in the text: a zero baseline
/// makes the ratio and the interval's upper end unbounded, so the count is set against "none" and
/// the interval is written open, "0.3 or more"; two zero counts are "none in either window".
/// </summary>
public static class RateWords
{
    private const string NoneInEither = "none in either window";

    /// <summary>"×1.7 (95 % CI 0.9–3.3), p = 0.09"; "4 against none (95 % CI 0.3 or more), p = 0.13"; "none in either window".</summary>
    public static string Full(RateComparison c) => c switch
    {
        { Current: 0, Baseline: 0 } => NoneInEither,
        { Baseline: 0 } => $"{Count(c.Current)} against none ({Interval(c)}), {Figures.P(c.P)}",
        _ => $"×{Figures.Ratio(c.Ratio)} ({Interval(c)}), {Figures.P(c.P)}",
    };

    /// <summary>Without the interval, for a table cell: "×0.5, p = 1.00"; "3 against none, p = 0.25"; "none in either window".</summary>
    public static string Brief(RateComparison c) => c switch
    {
        { Current: 0, Baseline: 0 } => NoneInEither,
        { Baseline: 0 } => $"{Count(c.Current)} against none, {Figures.P(c.P)}",
        _ => $"×{Figures.Ratio(c.Ratio)}, {Figures.P(c.P)}",
    };

    /// <summary>
    /// A sentence written elsewhere with <see cref="Figures.Ratio"/>'s "∞" (a warning's statement, an
    /// indicator reading) put in these words: "CI 2.3–∞" becomes "CI 2.3 or more", a ratio "×∞" "up from none".
    /// </summary>
    public static string OpenIntervals(string sentence) =>
        sentence.Replace("–∞", " or more", StringComparison.Ordinal).Replace("×∞", "up from none", StringComparison.Ordinal);

    /// <summary>"95 % CI 0.9–3.3", or "95 % CI 0.3 or more" when the upper end is unbounded.</summary>
    private static string Interval(RateComparison c)
    {
        var level = (c.Confidence * 100).ToString("0", CultureInfo.InvariantCulture);
        return double.IsFinite(c.High)
            ? $"{level} % CI {Figures.Ratio(c.Low)}–{Figures.Ratio(c.High)}"
            : $"{level} % CI {Figures.Ratio(c.Low)} or more";
    }

    private static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
