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
}
