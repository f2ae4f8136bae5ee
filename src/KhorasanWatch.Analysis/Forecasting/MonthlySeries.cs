namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// Months counted back from an anchor day (the last day the data cover, or the as-of day): month j
/// before it runs from the day after anchor − (j + 1) months to anchor − j months, so the latest
/// month ends on the anchor and no day after it is ever read as a day without events. An anchor on
/// the last day of a month gives calendar months (each ending on its month's last day). Only whole
/// months on or after the coverage start are kept, oldest first.
/// </summary>
public sealed class MonthlySeries
{
    private readonly DateOnly _firstStart;

    private MonthlySeries(DateOnly anchor, IReadOnlyList<DateOnly> ends, DateOnly firstStart) => (Anchor, Ends, _firstStart) = (anchor, ends, firstStart);

    public DateOnly Anchor { get; }

    /// <summary>Each month's last day, oldest first; the last is the anchor.</summary>
    public IReadOnlyList<DateOnly> Ends { get; }

    public int Count => Ends.Count;

    /// <summary>The first day of month <paramref name="index"/>.</summary>
    public DateOnly Start(int index) => index == 0 ? _firstStart : Ends[index - 1].AddDays(1);

    public static MonthlySeries Ending(DateOnly anchor, DateOnly coverageStart)
    {
        var monthEnd = anchor.Day == DateTime.DaysInMonth(anchor.Year, anchor.Month);
        DateOnly End(int j)
        {
            var day = anchor.AddMonths(-j);
            return monthEnd ? new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)) : day;
        }

        var ends = new List<DateOnly>();
        for (var j = 0; anchor.Year - (j / 12) > 2 && End(j + 1).AddDays(1) >= coverageStart; j++)
        {
            ends.Add(End(j));
        }

        var firstStart = End(ends.Count).AddDays(1);
        ends.Reverse();
        return new MonthlySeries(anchor, ends, firstStart);
    }

    /// <summary>How many of <paramref name="days"/> fall in each month; days outside the months are not counted.</summary>
    public int[] Counts(IEnumerable<DateOnly> days)
    {
        var counts = new int[Count];
        if (Count == 0)
        {
            return counts;
        }

        var first = Start(0);
        foreach (var day in days)
        {
            if (day < first || day > Anchor)
            {
                continue;
            }

            var i = BinarySearchEnd(day);
            counts[i]++;
        }

        return counts;
    }

    /// <summary>The index of the month holding <paramref name="day"/>: the first whose end is on or after it.</summary>
    private int BinarySearchEnd(DateOnly day)
    {
        var (lo, hi) = (0, Count - 1);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Ends[mid] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
