using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>Periods <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) of a monitoring window.</summary>
public readonly record struct IndexRange(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Where, in the periods of a monitoring window, each test of the family looks: the baseline (the
/// first <see cref="Baseline"/> periods), the last complete quarter and the same quarter a year
/// earlier, the last twelve months and the twelve before, and the twelve months before the quarter.
/// A calendar window maps to the periods that start inside it; one that reaches before the window
/// is null, and its tests do not run.
/// </summary>
public sealed record WindowLayout(
    int Periods, int Baseline, IndexRange? Quarter, IndexRange? QuarterYearEarlier, IndexRange? Last12Months, IndexRange? Previous12Months, IndexRange? BeforeQuarter)
{
    internal static WindowLayout Of(MonitoringWindow window, DateOnly asOf)
    {
        var quarter = Indicators.Periods.LastComplete(asOf, PeriodKind.Quarter);
        var (_, year, yearBefore) = RateRatioDetector.Comparisons(asOf)[1];
        return new WindowLayout(
            window.Periods.Count,
            window.BaselineCount,
            Range(window, quarter),
            Range(window, quarter.YearEarlier()),
            Range(window, year),
            Range(window, yearBefore),
            Range(window, quarter.TrailingYear()));
    }

    private static IndexRange? Range(MonitoringWindow window, Period calendar)
    {
        var periods = window.Periods;
        if (calendar.Start < periods[0].Start || calendar.End > periods[^1].End)
        {
            return null;
        }

        var first = -1;
        var last = -1;
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Start >= calendar.Start && periods[i].Start <= calendar.End)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? null : new IndexRange(first, last + 1);
    }
}
