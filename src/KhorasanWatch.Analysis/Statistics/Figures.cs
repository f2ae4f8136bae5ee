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

    /// <summary>Rounds half away from zero to two significant figures; zero and infinities are kept.</summary>
    public static double TwoSignificantFigures(double x)
    {
        if (x == 0 || !double.IsFinite(x))
        {
            return x;
        }

        var decimals = 1 - (int)Math.Floor(Math.Log10(Math.Abs(x)));
        if (decimals >= 0)
        {
            return Math.Round(x, Math.Min(decimals, 15), MidpointRounding.AwayFromZero);
        }

        var scale = Math.Pow(10, -decimals);
        return Math.Round(x / scale, MidpointRounding.AwayFromZero) * scale;
    }

    /// <summary>"p &lt; 0.001", "p = 0.004", "p = 0.21".</summary>
    public static string P(double p) =>
        p < 0.001 ? "p < 0.001" : $"p = {p.ToString(p < 0.01 ? "0.000" : "0.00", CultureInfo.InvariantCulture)}";

    /// <summary>A day as the report writes it: "26 August 2021".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The days from <paramref name="first"/> to <paramref name="last"/> as the report writes them: "21 September 2021"
    /// for one day, "September 2021" or "January 2021 to April 2021" for whole months, "2021" or "2017 to 2020"
    /// for whole years, else "1 January 2021 to 30 April 2021".
    /// </summary>
    public static string Days(DateOnly first, DateOnly last)
    {
        var wholeMonths = first.Day == 1 && last.AddDays(1).Day == 1;
        var wholeYears = wholeMonths && first.Month == 1 && last.Month == 12;
        var (from, to) = wholeYears ? (Year(first), Year(last)) : wholeMonths ? (Month(first), Month(last)) : (Day(first), Day(last));
        return from == to ? from : $"{from} to {to}";
    }

    /// <summary>"April 2024".</summary>
    public static string Month(DateOnly day) => day.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Year(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun in the right number: "1 attack", "1,234 attacks", "2 clashes" (give the plural when it is not noun + "s").</summary>
    public static string Count(long n, string one, string? many = null) =>
        $"{n.ToString("#,0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many ?? one + "s")}";
}
