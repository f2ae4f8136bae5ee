using System.Globalization;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>Numbers, dates and periods as a report writes them: invariant culture, sensible rounding, fixed date format.</summary>
internal static class Wording
{
    /// <summary>"0 a month", "0.042 a month", "1.5 a month", "12 a month": two significant figures below ten, so a small rate never reads as zero.</summary>
    public static string Rate(double perPeriod, PeriodKind cadence) =>
        $"{TwoFigures(perPeriod)} a {Unit(cadence)}";

    private static string TwoFigures(double x)
    {
        if (x <= 0 || x >= 10)
        {
            return x.ToString("0", CultureInfo.InvariantCulture);
        }

        return Figures.TwoSignificantFigures(x).ToString("0.############", CultureInfo.InvariantCulture);
    }

    public static string Unit(PeriodKind cadence) => cadence switch
    {
        PeriodKind.Week => "week",
        PeriodKind.Quarter => "quarter",
        _ => "month",
    };

    public static string Span(Period first, Period last) =>
        first.Start == last.Start ? first.Words : Figures.Days(first.Start, last.End);

    public static string Span(Period window) => window.Words;

    public static string Verb(Direction direction) => direction switch
    {
        Direction.Up => "rose",
        Direction.Down => "fell",
        _ => "changed",
    };

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
