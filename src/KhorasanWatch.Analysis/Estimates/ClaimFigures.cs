using System.Globalization;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>How the register writes numbers and figures, in one place for the CLI, the report and the sentences.</summary>
public static class ClaimFigures
{
    /// <summary>Whole above 100 with separators, at most two decimals below; an open bound is "∞" (or "−∞").</summary>
    public static string Number(double x) =>
        double.IsPositiveInfinity(x) ? "∞"
        : double.IsNegativeInfinity(x) ? "−∞"
        : x.ToString(Math.Abs(x) >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);

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
