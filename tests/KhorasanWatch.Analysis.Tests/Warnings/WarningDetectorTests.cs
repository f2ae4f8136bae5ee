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
        Assert.True(cusum.FamilyP <= 0.05 && cusum.CalibratedP <= cusum.FamilyP, $"calibrated {cusum.CalibratedP}, family {cusum.FamilyP}");
        var days = cusum.EventIds.Select(id => events.Single(e => e.Id == id).Date.Start).ToList();
        Assert.All(days, d => Assert.True(d >= cusum.Window.Start && d <= cusum.Window.End));
        Assert.Equal(events.Count(e => e.Date.Start >= cusum.Window.Start && e.Date.Start <= cusum.Window.End), cusum.EventIds.Count);
        Assert.Contains(report.Warnings, w => w.Indicator == "attacks" && w.Detector == "change_point" && w.Window.Start.Year >= 2020);
        Assert.True(report.Level >= WarningLevel.Warning);
    }

    [Fact]
    public void ATenfoldStepChange_IsAnAlert()
    {
        var events = Monthly(seed: 4, rate: 1, months: 48, changeAt: 36, factor: 10);

        var report = Detect(events, new DateOnly(2021, 12, 31));

        Assert.Equal(WarningLevel.Alert, report.Level);
        var change = Assert.Single(report.Warnings, w => w.Indicator == "attacks" && w.Detector == "change_point");
        Assert.Equal(WarningLevel.Alert, change.Level);
        Assert.True(change.FamilyP <= 0.005, $"family p {change.FamilyP}");
        Assert.Contains("(family-wise p ", change.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void AFall_IsADecline_AndNeverRaisesTheHeadline()
    {
        var events = Monthly(seed: 6, rate: 8, months: 48, changeAt: 39, factor: 0.1);

        var report = Detect(events, new DateOnly(2021, 12, 31));

        Assert.Contains(report.Declines, d => d.Indicator == "attacks" && d.Direction == Direction.Down && d.Level >= WarningLevel.Warning);
        Assert.DoesNotContain(report.Warnings, w => w.Direction == Direction.Down);
        Assert.True(report.Level <= WarningLevel.Watch, $"headline {report.Level} from {string.Join("; ", report.Warnings.Select(w => w.Indicator + " " + w.Detector))}");
    }

    [Fact]
    public void ChanceAlone_IsMeasuredOnTheReplicates_AtMostTheFamilyRates()
    {
        var report = Detect(Monthly(seed: 5, rate: 5, months: 48), new DateOnly(2021, 12, 31));
        var chance = report.Chance;

        Assert.Equal(1999, chance.Replicates);
        Assert.Equal(report.Tests, chance.UpwardCusums + chance.DownwardCusums + chance.PValueTests);
        Assert.Equal(WatchedSeries.For(IndicatorRules.Iskp).Count, chance.UpwardCusums); // one upward CUSUM per watched series
        Assert.InRange(chance.HeadlineWatch, 0.13, 0.18 + 0.001);
        Assert.InRange(chance.HeadlineWarning, 0.03, 0.045 + 0.001);
        Assert.InRange(chance.HeadlineAlert, 0.001, 0.0045 + 0.001);
        Assert.InRange(chance.UpwardCusumSignals, 0.001, 0.05);
        Assert.Matches("'warning' in [0-9.]+ %", chance.Describe());
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
    public void OnSteadySeries_TheHeadlineWarnsInAboutOneRunInTwenty()
    {
        var loud = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            loud += Detect(Monthly(seed, rate: 3, months: 48), new DateOnly(2021, 12, 31)).Level >= WarningLevel.Warning ? 1 : 0;
        }

        // 5 % of 40 runs is 2; seven or more would happen by chance once in 200 such tests.
        Assert.InRange(loud, 0, 6);
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
    public void OneAttackInANewCountry_IsJudgedAgainstChance_AndIsNoWarning()
    {
        var events = Monthly(seed: 2, rate: 4, months: 36);
        events.Add(TestEvents.Attack("2020-11-05", country: "TJK", province: null));

        var report = Detect(events, new DateOnly(2020, 12, 31));

        Assert.DoesNotContain(report.Warnings, w => w.Indicator == "new_countries" && w.Level >= WarningLevel.Warning);
    }

    [Fact]
    public void ACampaignInANewCountry_IsAWarningNamingIt()
    {
        var events = Monthly(seed: 2, rate: 4, months: 36);
        events.AddRange(Enumerable.Range(1, 8).Select(d => TestEvents.Attack($"2020-1{d % 3}-{d + 2:00}", country: "TJK", province: null)));

        var report = Detect(events, new DateOnly(2020, 12, 31));

        var fresh = Assert.Single(report.Warnings, w => w.Indicator == "new_countries");
        Assert.True(fresh.Level >= WarningLevel.Warning, $"{fresh.Level}: {fresh.Statement}");
        Assert.Contains("TJK", fresh.Statement, StringComparison.Ordinal);
        Assert.Equal(8, fresh.EventIds.Count);
    }

    [Fact]
    public void TheTakeoversRelabelling_IsNoJumpInAttacksOnTheTaliban()
    {
        // Attacks on the state's forces at a steady rate: the Republic's until 15 August 2021, the Taliban's after.
        var random = new Random(8);
        var events = new List<ConflictEvent>();
        for (var m = 0; m < 48; m++)
        {
            var first = new DateOnly(2019, 1, 1).AddMonths(m);
            for (var i = Poisson.Sample(random, 4); i > 0; i--)
            {
                var day = first.AddDays(random.Next(28));
                var target = day < new DateOnly(2021, 8, 15) ? Analysis.Targets.TargetCategory.AfghanRepublic : Analysis.Targets.TargetCategory.Taliban;
                events.Add(TestEvents.Attack(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), target: target));
            }
        }

        var report = WarningDetector.Detect(events, new DateOnly(2022, 12, 31), new DateOnly(2019, 1, 1), Region.All, IndicatorRules.Iskp, new WarningOptions());

        Assert.DoesNotContain(report.Warnings, w => w.Indicator is "attacks_on_adversary" or "target_mix");
        Assert.Contains(report.Notes, n => n.StartsWith("attacks_on_adversary: counted with attacks on", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTakeover_IsNoJumpInOperationsAgainstTheGroup()
    {
        // Operations against ISKP at a steady rate by whoever held the state: the Republic's forces
        // until 15 August 2021, the Taliban's after; ISKP's own attacks steady beside them.
        var random = new Random(8);
        var events = Monthly(seed: 4, rate: 3, months: 84);
        for (var m = 0; m < 72; m++)
        {
            var first = new DateOnly(2019, 1, 1).AddMonths(m);
            for (var i = Poisson.Sample(random, 4); i > 0; i--)
            {
                var day = first.AddDays(random.Next(28));
                var operation = TestEvents.TalibanOperation(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                events.Add(day < new DateOnly(2021, 8, 15) ? operation with { ActorIds = ["afghan_republic", "iskp"] } : operation);
            }
        }

        var across = WarningDetector.Detect(events, new DateOnly(2022, 6, 30), new DateOnly(2019, 1, 1), Region.All, IndicatorRules.Iskp, new WarningOptions());
        var after = WarningDetector.Detect(events, new DateOnly(2024, 12, 31), new DateOnly(2019, 1, 1), Region.All, IndicatorRules.Iskp, new WarningOptions());

        Assert.DoesNotContain(across.Warnings, w => w.Indicator == "adversary_operations");
        Assert.DoesNotContain(across.Declines, w => w.Indicator == "adversary_operations");
        Assert.Contains(across.Notes, n => n.StartsWith("adversary_operations: counted as operations against the group by the state's forces", StringComparison.Ordinal));
        Assert.DoesNotContain(after.Notes, n => n.StartsWith("adversary_operations:", StringComparison.Ordinal));
    }

    [Fact]
    public void TooLittleHistory_IsANoteNotASilentGap()
    {
        var report = WarningDetector.Detect(
            Monthly(seed: 3, rate: 4, months: 10), new DateOnly(2018, 10, 31), Coverage, Region.All, IndicatorRules.Iskp, new WarningOptions());

        Assert.Contains(report.Notes, n => n.Contains("too late", StringComparison.Ordinal));
        Assert.Equal(0, report.Tests);
    }

    [Fact]
    public void AShortHistory_RunsWhatItCan_AndSaysWhatItCannot()
    {
        var report = WarningDetector.Detect(
            Monthly(seed: 3, rate: 4, months: 20), new DateOnly(2019, 8, 31), Coverage, Region.All, IndicatorRules.Iskp, new WarningOptions());

        Assert.True(report.Tests > 0);
        Assert.Contains(report.Notes, n => n.Contains("rate_ratio_last_12_months", StringComparison.Ordinal));
    }
}
