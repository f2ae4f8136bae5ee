namespace KhorasanWatch.Analysis.Events;

/// <summary>
/// When an event happened, as precisely as the source knows it: the earliest and latest day it can
/// have fallen on. A GTD row with an unknown day becomes the whole month, never the 1st.
/// </summary>
public readonly record struct EventDate
{
    public EventDate(DateOnly start, DateOnly end, DatePrecision precision)
    {
        if (end < start)
        {
            throw new ArgumentException($"End {end:yyyy-MM-dd} is before start {start:yyyy-MM-dd}.", nameof(end));
        }

        Start = start;
        End = end;
        Precision = precision;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public DatePrecision Precision { get; }

    public static EventDate OnDay(DateOnly day) => new(day, day, DatePrecision.Day);

    public static EventDate InMonth(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static EventDate InYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>True when the two dates could be the same day.</summary>
    public bool Overlaps(EventDate other) => Start <= other.End && other.Start <= End;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd"),
        DatePrecision.Month => Start.ToString("yyyy-MM"),
        DatePrecision.Year => Start.ToString("yyyy"),
        _ => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}",
    };
}
