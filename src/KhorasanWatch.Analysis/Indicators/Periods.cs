namespace KhorasanWatch.Analysis.Indicators;

/// <summary>Cuts a date range into calendar periods (ISO weeks from Monday, months, quarters, years) or one window.</summary>
public static class Periods
{
    public static IReadOnlyList<Period> Covering(DateOnly from, DateOnly to, PeriodKind kind)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        if (kind == PeriodKind.Window)
        {
            return [new Period(kind, from, to)];
        }

        var periods = new List<Period>();
        for (var start = CalendarStart(from, kind); start <= to; start = Next(start, kind))
        {
            var end = Next(start, kind).AddDays(-1);
            var clippedStart = start < from ? from : start;
            var clippedEnd = end > to ? to : end;
            periods.Add(new Period(kind, clippedStart, clippedEnd, clippedStart != start || clippedEnd != end));
        }

        return periods;
    }

    /// <summary>The calendar period of <paramref name="kind"/> that holds <paramref name="day"/>.</summary>
    public static Period Holding(DateOnly day, PeriodKind kind)
    {
        if (kind == PeriodKind.Window)
        {
            throw new ArgumentException("A window has no calendar; give its dates.", nameof(kind));
        }

        var start = CalendarStart(day, kind);
        return new Period(kind, start, Next(start, kind).AddDays(-1));
    }

    /// <summary>The last calendar period of <paramref name="kind"/> that has ended by <paramref name="day"/> (the one holding it if it ends that day).</summary>
    public static Period LastComplete(DateOnly day, PeriodKind kind)
    {
        var period = Holding(day, kind);
        return period.End <= day ? period : Holding(period.Start.AddDays(-1), kind);
    }

    private static DateOnly CalendarStart(DateOnly day, PeriodKind kind) => kind switch
    {
        PeriodKind.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        PeriodKind.Month => new DateOnly(day.Year, day.Month, 1),
        PeriodKind.Quarter => new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1),
        _ => new DateOnly(day.Year, 1, 1),
    };

    private static DateOnly Next(DateOnly start, PeriodKind kind) => kind switch
    {
        PeriodKind.Week => start.AddDays(7),
        PeriodKind.Month => start.AddMonths(1),
        PeriodKind.Quarter => start.AddMonths(3),
        _ => start.AddYears(1),
    };
}
