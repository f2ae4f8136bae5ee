using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Tests.Indicators;
using KhorasanWatch.Analysis.Warnings;
using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Tests.Warnings;

public sealed class WarningDetectorTests
{
    private static readonly DateOnly Coverage = new(2018, 1, 1);

    /// <summary>Attacks at Poisson(<paramref name="rate"/>) a month from January 2018 to <paramref name="months"/> months on, with the rate multiplied from month <paramref name="changeAt"/>.</summary>
    private static List<ConflictEvent> Monthly(int seed, double rate, int months, int changeAt = int.MaxValue, double factor = 1)
    {
        var random = new Random(seed);
        var events = new List<ConflictEvent>();
        for (var m = 0; m < months; m++)
        {
            var first = new DateOnly(2018, 1, 1).AddMonths(m);
            for (var i = Poisson.Sample(random, m >= changeAt ? rate * factor : rate); i > 0; i--)
            {
                events.Add(TestEvents.Attack(first.AddDays(random.Next(28)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return events;
    }

    private static WarningReport Detect(IEnumerable<ConflictEvent> events, DateOnly asOf) =>
        WarningDetector.Detect(events, asOf, Coverage, Region.All, IndicatorRules.Iskp, new WarningOptions());

    [Fact]
    public void ATriplingInTheLastSixMonths_RaisesAnAttackWarningWhoseEvidenceIsThoseMonths()
    {
        var events = Monthly(seed: 1, rate: 4, months: 42, changeAt: 36, factor: 3);

        var report = Detect(events, new DateOnly(2021, 6, 30));

        var cusum = Assert.Single(report.Warnings, w => w.Indicator == "attacks" && w.Detector == "cusum");
        Assert.Equal(Direction.Up, cusum.Direction);
        Assert.True(cusum.Level >= WarningLevel.Warning);
        Assert.InRange(cusum.Fired, new DateOnly(2021, 1, 31), new DateOnly(2021, 6, 30));
        Assert.True(cusum.Low > 1.5, $"ratio {cusum.Ratio} ({cusum.Low}–{cusum.High})");
        var days = cusum.EventIds.Select(id => events.Single(e => e.Id == id).Date.Start).ToList();
        Assert.All(days, d => Assert.True(d >= cusum.Window.Start && d <= cusum.Window.End));
        Assert.Equal(events.Count(e => e.Date.Start >= cusum.Window.Start && e.Date.Start <= cusum.Window.End), cusum.EventIds.Count);
        Assert.Contains(report.Warnings, w => w.Indicator == "attacks" && w.Detector == "change_point" && w.Window.Start.Year == 2021);
        Assert.Equal(WarningLevel.Alert, report.Level);
    }

    [Fact]
    public void ATenfoldStepChange_MakesTheChangePointAnAlert()
    {
        var events = Monthly(seed: 4, rate: 1, months: 48, changeAt: 36, factor: 10);

        var report = Detect(events, new DateOnly(2021, 12, 31));

        var change = Assert.Single(report.Warnings, w => w.Indicator == "attacks" && w.Detector == "change_point");
        Assert.Equal(WarningLevel.Alert, change.Level);
        Assert.Contains("p ≤ 0.001", change.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void ACusumWarning_NeverAlertsOnItsOwnPostSelectionP_AndSaysSo()
    {
        var events = Monthly(seed: 4, rate: 1, months: 48, changeAt: 36, factor: 10);

        var report = Detect(events, new DateOnly(2021, 12, 31));

        var cusum = Assert.Single(report.Warnings, w => w.Indicator == "attacks" && w.Detector == "cusum");
        Assert.True(cusum.P < WarningLevels.AlertP && cusum.Low >= WarningLevels.AlertLowerBound, $"p {cusum.P}, low {cusum.Low}: the test needs an alert-sized run");
        Assert.Equal(WarningLevel.Warning, cusum.Level);
        Assert.Contains("not adjusted for choosing it", cusum.Statement, StringComparison.Ordinal);
        Assert.Contains("if the baseline's rate is the true rate", cusum.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void ChanceAlone_CountsCusumsByTheirExactFalseSignalChance_AndTheRestAtFivePercent()
    {
        var report = Detect(Monthly(seed: 5, rate: 5, months: 48), new DateOnly(2021, 12, 31));
        var chance = report.Chance;

        Assert.Equal(report.Tests, chance.UpwardCusums + chance.DownwardCusums + chance.PValueTests);
        Assert.Equal(8, chance.UpwardCusums);
        Assert.Equal(12, chance.MonitoredPeriods);

        // Each CUSUM is set to one false alarm in five years or more: within 12 months well under the 1 − 0.95¹² = 46 % a
        // month-by-month 5 % test would give, and above zero.
        Assert.InRange(chance.UpwardCusumSignals / chance.UpwardCusums, 0.01, 0.25);
        Assert.Equal(chance.PValueTests * 0.05, chance.PValueWatches, 9);
    }

    [Fact]
    public void ARateBelowOneInTwenty_IsNotWrittenAsZero()
    {
        var events = new List<ConflictEvent> { TestEvents.Attack("2019-03-10") };
        events.AddRange(Enumerable.Range(1, 4).Select(i => TestEvents.Attack($"2020-{8 + i:00}-05")));

        var report = Detect(events, new DateOnly(2020, 12, 31));

        var cusum = Assert.Single(report.Warnings, w => w.Indicator == "attacks" && w.Detector == "cusum");
        Assert.Contains("against 0.042 a month", cusum.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void OnSteadySeries_StrongWarningsOnAttacksAreRare()
    {
        var loud = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            var report = Detect(Monthly(seed, rate: 5, months: 48), new DateOnly(2021, 12, 31));
            loud += report.Warnings.Count(w => w.Indicator == "attacks" && w.Level >= WarningLevel.Warning);
        }

        // Four tests a run at 1 % to 1/60 false alarms a month: about 40 × 0.1 ≈ 4 expected; 12 would be far beyond.
        Assert.InRange(loud, 0, 12);
    }

    [Fact]
    public void TheSameEvents_GiveTheSameWarnings()
    {
        var events = Monthly(seed: 9, rate: 3, months: 40, changeAt: 30, factor: 2);

        var first = Detect(events, new DateOnly(2021, 4, 30));
        var second = Detect(events.AsEnumerable().Reverse(), new DateOnly(2021, 4, 30));

        Assert.Equal(first.Warnings.Select(w => w.Statement), second.Warnings.Select(w => w.Statement));
        Assert.Equal(first.Tests, second.Tests);
    }

    [Fact]
    public void AttacksInANewCountry_AreAWarningNamingIt()
    {
        var events = Monthly(seed: 2, rate: 4, months: 36);
        events.Add(TestEvents.Attack("2020-11-05", country: "TJK", province: null));

        var report = Detect(events, new DateOnly(2020, 12, 31));

        var fresh = Assert.Single(report.Warnings, w => w.Indicator == "new_countries");
        Assert.Equal(WarningLevel.Warning, fresh.Level);
        Assert.Contains("TJK", fresh.Statement, StringComparison.Ordinal);
        Assert.Single(fresh.EventIds);
    }

    [Fact]
    public void TooLittleHistory_IsANoteNotASilentGap()
    {
        var report = WarningDetector.Detect(
            Monthly(seed: 3, rate: 4, months: 10), new DateOnly(2018, 10, 31), Coverage, Region.All, IndicatorRules.Iskp, new WarningOptions());

        Assert.Contains(report.Notes, n => n.Contains("too late", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("rate_ratio_year_on_year", StringComparison.Ordinal));
    }
}
