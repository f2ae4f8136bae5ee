using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Tests.Indicators;

/// <summary>
/// USIP (Asfandyar Mir, "After the Taliban's Takeover", 2021): ISKP "launched 77 attacks in the
/// first four months of 2021, an increase from 21 in the same period last year". The indicators
/// reproduce the arithmetic from a series of attack events, not from the two totals.
/// </summary>
public sealed class UsipCheckTests
{
    /// <summary><paramref name="count"/> attacks spread evenly over January to April of <paramref name="year"/>.</summary>
    private static IEnumerable<string> Days(int count, int year) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(year, 1, 1).AddDays(i * 119 / count).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void SeventySevenAgainstTwentyOne_ReadsAsTheReportWillSayIt()
    {
        var events = Days(77, 2021).Concat(Days(21, 2020)).Select(day => TestEvents.Attack(day)).ToList();
        var window = Periods.Covering(new DateOnly(2021, 1, 1), new DateOnly(2021, 4, 30), PeriodKind.Window);

        var yoy = IndicatorCalculator.Compute(events, window, Region.All, IndicatorRules.Iskp, new DateOnly(2020, 1, 1)).Single().Tempo.YearOnYear!;

        Assert.Equal((77, 21), (yoy.Current, yoy.Baseline));
        // Per day, 2020's January–April had 121 days against 2021's 120: the rate ratio is
        // (77/120)/(21/121) = 3.697, a little above the count ratio 77/21 = 3.667 USIP's words imply.
        Assert.Equal(77.0 / 120 / (21.0 / 121), yoy.Ratio, 9);
        Assert.Equal("×3.7 (95 % CI 2.3–6.3), p < 0.001", yoy.Describe());
        Assert.True(yoy.P < 1e-7);
    }
}
