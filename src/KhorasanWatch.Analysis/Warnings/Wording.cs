using System.Globalization;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>Numbers, dates and periods as a report writes them: invariant culture, sensible rounding, fixed date format.</summary>
internal static class Wording
{
    public static string Rate(double perPeriod, PeriodKind cadence) =>
        $"{perPeriod.ToString(perPeriod < 10 ? "0.0" : "0", CultureInfo.InvariantCulture)} a {Unit(cadence)}";

    public static string Unit(PeriodKind cadence) => cadence switch
    {
        PeriodKind.Week => "week",
        PeriodKind.Quarter => "quarter",
        _ => "month",
    };

    public static string Span(Period first, Period last) =>
        first.Label == last.Label ? first.Label : $"{first.Label} to {last.Label}";

    public static string Span(Period window) => window.Kind == PeriodKind.Window
        ? $"{window.Start:yyyy-MM-dd} to {window.End:yyyy-MM-dd}"
        : window.Label;

    public static string Verb(Direction direction) => direction switch
    {
        Direction.Up => "rose",
        Direction.Down => "fell",
        _ => "changed",
    };

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
