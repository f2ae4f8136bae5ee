using FsCheck;
using FsCheck.Fluent;
using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Tests.Events;

public sealed class EventDateTests
{
    [Fact]
    public void InMonth_SpansTheWholeMonth()
    {
        var d = EventDate.InMonth(2024, 2);
        Assert.Equal(new DateOnly(2024, 2, 1), d.Start);
        Assert.Equal(new DateOnly(2024, 2, 29), d.End);
        Assert.Equal("2024-02", d.ToString());
    }

    [Fact]
    public void EndBeforeStart_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new EventDate(new DateOnly(2021, 1, 2), new DateOnly(2021, 1, 1), DatePrecision.Range));

    [FsCheck.Xunit.Property]
    public Property Overlaps_IsSymmetric(int a, int b, int lengthA, int lengthB)
    {
        var start = new DateOnly(2020, 1, 1);
        var x = new EventDate(start.AddDays(Math.Abs(a % 400)), start.AddDays(Math.Abs(a % 400) + Math.Abs(lengthA % 40)), DatePrecision.Range);
        var y = new EventDate(start.AddDays(Math.Abs(b % 400)), start.AddDays(Math.Abs(b % 400) + Math.Abs(lengthB % 40)), DatePrecision.Range);
        return (x.Overlaps(y) == y.Overlaps(x)).ToProperty();
    }
}
