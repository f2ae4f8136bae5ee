using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Tests.Indicators;

public sealed class PeriodsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Quarters_AreCalendarQuartersClippedToTheRange()
    {
        var periods = Periods.Covering(D("2021-02-15"), D("2021-08-10"), PeriodKind.Quarter);

        Assert.Equal(["2021-Q1", "2021-Q2", "2021-Q3"], periods.Select(p => p.Label));
        Assert.Equal(D("2021-02-15"), periods[0].Start);
        Assert.True(periods[0].Partial);
        Assert.False(periods[1].Partial);
        Assert.Equal(D("2021-08-10"), periods[2].End);
    }

    [Fact]
    public void Weeks_StartOnMondayAndCarryIsoLabels()
    {
        var periods = Periods.Covering(D("2021-01-04"), D("2021-01-17"), PeriodKind.Week);

        Assert.Equal(["2021-W01", "2021-W02"], periods.Select(p => p.Label));
        Assert.All(periods, p => Assert.Equal(DayOfWeek.Monday, p.Start.DayOfWeek));
    }

    [Fact]
    public void AWindow_IsOnePeriodWhoseComparisonsHaveTheSameLength()
    {
        var window = Periods.Covering(D("2021-01-01"), D("2021-04-30"), PeriodKind.Window).Single();

        Assert.Equal(120, window.Days);
        Assert.Equal(D("2020-01-01"), window.YearEarlier().Start);
        Assert.Equal(D("2020-04-30"), window.YearEarlier().End);
        Assert.Equal(window.Days, window.Previous().Days);
        Assert.Equal(D("2020-12-31"), window.Previous().End);
    }

    [FsCheck.Xunit.Property]
    public bool CalendarPeriods_TileTheRangeWithoutGapsOrOverlaps(ushort offset, byte length, byte kindIndex)
    {
        var kind = (PeriodKind)(kindIndex % 4);
        var from = new DateOnly(2000, 1, 1).AddDays(offset % 9000);
        var to = from.AddDays(length * 3);
        var periods = Periods.Covering(from, to, kind);

        return periods[0].Start == from && periods[^1].End == to &&
            periods.Zip(periods.Skip(1)).All(pair => pair.First.End.AddDays(1) == pair.Second.Start);
    }

    [Theory]
    [InlineData(PeriodKind.Month, "2024-04-01", "2024-04-30", "April 2024")]
    [InlineData(PeriodKind.Quarter, "2024-01-01", "2024-03-31", "the first quarter of 2024")]
    [InlineData(PeriodKind.Quarter, "2024-10-01", "2024-12-31", "the fourth quarter of 2024")]
    [InlineData(PeriodKind.Year, "2021-01-01", "2021-12-31", "2021")]
    [InlineData(PeriodKind.Week, "2024-06-03", "2024-06-09", "the week of 3 June 2024")]
    [InlineData(PeriodKind.Window, "2021-01-01", "2021-04-30", "January 2021 to April 2021")]
    [InlineData(PeriodKind.Window, "2021-01-05", "2021-04-30", "5 January 2021 to 30 April 2021")]
    public void APeriodInWords_IsWrittenAsTheReportWritesDates(PeriodKind kind, string start, string end, string expected)
    {
        var period = new Period(kind, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, period.Words);
    }
}
