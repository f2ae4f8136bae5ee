using System.Globalization;

namespace KhorasanWatch.Analysis.Statistics;

/// <summary>How figures are written for readers, in one place: ratios to two significant figures, p-values as journals print them, counts with their nouns.</summary>
public static class Figures
{
    /// <summary>"3.7", "12", "∞", or "n/a" for an undefined ratio.</summary>
    public static string Ratio(double x) =>
        double.IsPositiveInfinity(x) ? "∞"
        : double.IsNaN(x) ? "n/a"
        : x.ToString(x < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    /// <summary>"p &lt; 0.001", "p = 0.004", "p = 0.21".</summary>
    public static string P(double p) =>
        p < 0.001 ? "p < 0.001" : $"p = {p.ToString(p < 0.01 ? "0.000" : "0.00", CultureInfo.InvariantCulture)}";

    /// <summary>A day as the report writes it: "26 August 2021".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A count with its noun in the right number: "1 attack", "1,234 attacks", "2 clashes" (give the plural when it is not noun + "s").</summary>
    public static string Count(long n, string one, string? many = null) =>
        $"{n.ToString("#,0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many ?? one + "s")}";
}
