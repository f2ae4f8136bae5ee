using System.Globalization;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>How the register writes numbers and figures, in one place for the CLI, the report and the sentences.</summary>
public static class ClaimFigures
{
    /// <summary>Whole above 100 with separators, at most two decimals below; an open bound is "∞" (or "−∞").</summary>
    public static string Number(double x) =>
        double.IsPositiveInfinity(x) ? "∞"
        : double.IsNegativeInfinity(x) ? "−∞"
        : x.ToString(Math.Abs(x) >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A combined estimate as a reader should see it: to two significant figures ("81,000", "3.7"),
    /// because a weighted mean of sources that differ by thousands is not known to the unit. The
    /// exact value stays in the JSON.
    /// </summary>
    public static string Combined(double x) => Figures.TwoSignificantFigures(x) is var r && Math.Abs(r) < 1 && double.IsFinite(r)
        ? r.ToString("0.##########", CultureInfo.InvariantCulture) // Below 1 the two figures may need more than two decimals.
        : Number(r);


    /// <summary>A range of figures in words: "1,500–2,200", "2,000" when both ends agree, "1,000 or more" and "up to 5" when one end is open.</summary>
    public static string Spread(double low, double high) => (double.IsNegativeInfinity(low), double.IsPositiveInfinity(high)) switch
    {
        (true, true) => "any figure",
        (false, true) => $"{Number(low)} or more",
        (true, false) => $"up to {Number(high)}",
        _ => low == high ? Number(low) : $"{Number(low)}–{Number(high)}",
    };

    /// <summary>A claim's figure in a sentence: "2,000 fighters", "58,000–100,000 fighters", "more than 3.5 ratio", "no figure".</summary>
    public static string Describe(Claim c) => (c.Value, c.Low, c.High) switch
    {
        ({ } v, _, _) => $"{Number(v)} {c.Unit}",
        (null, { } l, { } h) => $"{Number(l)}–{Number(h)} {c.Unit}",
        (null, { } l, null) => $"more than {Number(l)} {c.Unit}",
        (null, null, { } h) => $"at most {Number(h)} {c.Unit}",
        _ => "no figure",
    };

    /// <summary>A claim's figure in a table cell: "2,000 (1,500–2,200) fighters", "> 3.5 ratio", "—" without one.</summary>
    public static string Cell(Claim c)
    {
        var range = (c.Low, c.High) switch
        {
            ({ } l, { } h) => $"{Number(l)}–{Number(h)}",
            ({ } l, null) => $"> {Number(l)}",
            (null, { } h) => $"≤ {Number(h)}",
            _ => null,
        };
        var figure = (c.Value, range) switch
        {
            ({ } v, null) => Number(v),
            ({ } v, { } r) => $"{Number(v)} ({r})",
            (null, { } r) => r,
            _ => null,
        };
        return figure is null ? "—" : $"{figure} {c.Unit}".TrimEnd();
    }
}
