using System.Globalization;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// A span of whole days, both ends inclusive, with the label an analyst reads ("2021-Q3").
/// <see cref="Partial"/> marks a calendar period cut short by the requested range; comparisons
/// then use the same days of the earlier year, so rates stay comparable.
/// </summary>
public sealed record Period
{
    public Period(PeriodKind kind, DateOnly start, DateOnly end, bool partial = false)
    {
        if (end < start)
        {
            throw new ArgumentException($"Period end {end:yyyy-MM-dd} is before its start {start:yyyy-MM-dd}.", nameof(end));
        }

        Kind = kind;
        Start = start;
        End = end;
        Partial = partial;
    }

    public PeriodKind Kind { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public bool Partial { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public string Label => Kind switch
    {
        PeriodKind.Week => $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}",
        PeriodKind.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Start.Year}-Q{((Start.Month - 1) / 3) + 1}",
        PeriodKind.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}",
    };

    /// <summary>The period in prose, as statements and the report write it: "April 2024", "the first quarter of 2024", "the week of 3 June 2024".</summary>
    public string Words => Kind switch
    {
        PeriodKind.Week => $"the week of {Statistics.Figures.Day(Start)}",
        PeriodKind.Month => Statistics.Figures.Month(Start),
        PeriodKind.Quarter => $"the {QuarterOrdinals[(Start.Month - 1) / 3]} quarter of {Start.Year}",
        _ => Statistics.Figures.Days(Start, End),
    };

    private static readonly string[] QuarterOrdinals = ["first", "second", "third", "fourth"];

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>The same days one year earlier (29 February maps to 28 February).</summary>
    public Period YearEarlier() => new(Kind, Start.AddYears(-1), End.AddYears(-1), Partial);

    /// <summary>The window of the same length that ends the day before this one starts.</summary>
    public Period Previous() => new(Kind, Start.AddDays(-Days), Start.AddDays(-1), Partial);

    /// <summary>The twelve months before this period starts.</summary>
    public Period TrailingYear() => new(PeriodKind.Window, Start.AddYears(-1), Start.AddDays(-1));

    public override string ToString() => Label;
}
