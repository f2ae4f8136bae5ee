using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Tests.Indicators;

public sealed class IndicatorCalculatorTests
{
    private static readonly DateOnly Coverage = new(2019, 1, 1);

    private static PeriodIndicators One(IEnumerable<ConflictEvent> events, string from, string to, Region? region = null) =>
        IndicatorCalculator.Compute(
            events,
            Periods.Covering(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), PeriodKind.Window),
            region ?? Region.All,
            IndicatorRules.Iskp,
            Coverage).Single();

    [Fact]
    public void UncertainEvents_AreCountedApartAndNeverAsAttacks()
    {
        var p = One([TestEvents.Attack("2021-03-01"), TestEvents.Uncertain("2021-03-02"), TestEvents.TalibanOperation("2021-03-03")], "2021-03-01", "2021-03-31");

        Assert.Equal(2, p.Events.Count);
        Assert.Equal(1, p.Attacks.Count);
        Assert.Equal(1, p.Uncertain.Count);
        Assert.DoesNotContain(p.Uncertain.EventIds[0], p.Events.EventIds);
    }

    [Fact]
    public void FatalityRange_UsesTheSourcesRangeWhereGivenAndBestOtherwise()
    {
        var ucdp = TestEvents.Attack("2021-03-05", killed: null) with { Fatalities = new Fatalities(10, 8, 15) };
        var p = One([TestEvents.Attack("2021-03-01", killed: 5), ucdp, TestEvents.Attack("2021-03-09", killed: null)], "2021-03-01", "2021-03-31");

        Assert.Equal(new FatalityTotals(15, 13, 20, 1) { Events = 3 }, p.Fatalities);
        Assert.Equal(7.5, p.Scale.DeathsPerAttack);
        Assert.Equal(6.5, p.Scale.DeathsPerAttackLow);
        Assert.Equal(10, p.Scale.DeathsPerAttackHigh);
        Assert.Equal(1, p.Scale.MassCasualty.Count);
    }

    [Fact]
    public void YearOnYear_ComparesTheSameDaysAYearEarlier_AndAZeroBaselineIsUnbounded()
    {
        var events = new[] { TestEvents.Attack("2021-05-01"), TestEvents.Attack("2021-05-02"), TestEvents.Attack("2020-05-03") };

        var may2021 = One(events, "2021-05-01", "2021-05-31");
        var may2022 = One([.. events, TestEvents.Attack("2022-05-09")], "2022-05-01", "2022-05-31");
        var may2020 = One(events, "2020-05-01", "2020-05-31");

        Assert.Equal(2, may2021.Tempo.YearOnYear!.Current);
        Assert.Equal(1, may2021.Tempo.YearOnYear.Baseline);
        Assert.Equal(2.0, may2021.Tempo.YearOnYear.Ratio, 9);
        Assert.Equal(0.5, may2022.Tempo.YearOnYear!.Ratio, 9);
        Assert.True(double.IsPositiveInfinity(One([TestEvents.Attack("2021-05-01")], "2021-05-01", "2021-05-31").Tempo.YearOnYear!.High));
        Assert.NotNull(may2020.Tempo.YearOnYear);
        Assert.Null(One(events, "2019-05-01", "2019-05-31").Tempo.YearOnYear); // 2018 is before the data begin: no baseline, not a zero.
    }

    [Fact]
    public void AWindowLongerThanAYear_HasNoYearOnYearComparison_ButKeepsTheWindowBefore()
    {
        var p = One([TestEvents.Attack("2021-05-01"), TestEvents.Attack("2020-02-01")], "2020-06-01", "2021-06-30");

        Assert.Null(p.Tempo.YearOnYear);
        Assert.NotNull(p.Tempo.PeriodOnPeriod);
    }

    [Fact]
    public void NewProvinces_AreThoseWithoutAnAttackInTheTwelveMonthsBefore()
    {
        var events = new[]
        {
            TestEvents.Attack("2021-02-01", province: "Kabul"),
            TestEvents.Attack("2021-09-01", province: "Kabul"),
            TestEvents.Attack("2021-09-02", province: "Kunduz"),
            TestEvents.Attack("2021-09-03", country: "PAK", province: "Khyber Pakhtunkhwa"),
        };

        var p = One(events, "2021-09-01", "2021-09-30");

        Assert.Equal(3, p.Spread.Provinces.Count);
        Assert.Equal([new ProvinceKey("PAK", "Khyber Pakhtunkhwa"), new ProvinceKey("AFG", "Kunduz")], p.Spread.NewProvinces!.OrderBy(k => k.Province, StringComparer.Ordinal));
        Assert.Equal(1, p.Spread.OutsideHome["PAK"].Count);
    }

    [Fact]
    public void TheTalibanFightAndForeignStrikes_AreCountedWithTheirDeaths()
    {
        var events = new[]
        {
            TestEvents.TalibanOperation("2022-01-03", killed: 6),
            TestEvents.Attack("2022-01-04", killed: 2, target: TargetCategory.Taliban),
            TestEvents.Attack("2022-01-05", target: TargetCategory.ShiaHazara),
            TestEvents.Strike("2022-01-06", onCivilians: true, killed: 5),
            TestEvents.Strike("2022-01-07", onCivilians: false, killed: 3),
        };

        var p = One(events, "2022-01-01", "2022-01-31");

        Assert.Equal(1, p.Fight.AdversaryOperations.Count);
        Assert.Equal(6, p.Fight.AdversaryOperationDeaths.Best);
        Assert.Equal(1, p.Fight.AttacksOnAdversary.Count);
        Assert.Equal(2, p.Fight.AttackDeaths.Best);
        Assert.Equal(2, p.Strikes.Strikes.Count);
        Assert.Equal(1, p.Strikes.OnCivilians.Count);
        Assert.Equal(5, p.Strikes.CivilianStrikeDeaths.Best);
        Assert.Equal(0.5, p.Targets.Share(TargetCategory.ShiaHazara));
    }

    [Fact]
    public void AnEventDatedOnlyToTheMonth_CountsInItsFirstPossibleDayAndIsFlaggedImprecise()
    {
        var monthOnly = TestEvents.Attack("2021-03-01") with { Date = EventDate.InMonth(2021, 3) };

        var firstWeek = One([monthOnly], "2021-03-01", "2021-03-07");
        var march = One([monthOnly], "2021-03-01", "2021-03-31");

        Assert.Equal((1, 1), (firstWeek.Attacks.Count, firstWeek.ImpreciseDates));
        Assert.Equal((1, 0), (march.Attacks.Count, march.ImpreciseDates));
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool IndicatorsOverACountry_EqualTheSumOverItsProvinces(int seed)
    {
        var random = new Random(seed);
        string[] provinces = ["Kabul", "Nangarhar", "Kunar", "Kunduz", "Herat"];
        var targets = TargetCategories.All;
        var events = Enumerable.Range(0, random.Next(0, 80)).Select(_ =>
        {
            var day = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 730)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var province = provinces[random.Next(provinces.Length)];
            return random.Next(4) switch
            {
                0 => TestEvents.Uncertain(day) with { Admin1 = province },
                1 => TestEvents.TalibanOperation(day, random.Next(0, 9)) with { Admin1 = province },
                _ => TestEvents.Attack(day, province: province, killed: random.Next(0, 30), target: targets[random.Next(targets.Count)]),
            };
        }).ToList();

        var whole = One(events, "2022-01-01", "2022-06-30", new Region("AFG"));
        var parts = provinces.Select(p => One(events, "2022-01-01", "2022-06-30", new Region("AFG", p))).ToList();

        return whole.Events.Count == parts.Sum(p => p.Events.Count) &&
            whole.Attacks.Count == parts.Sum(p => p.Attacks.Count) &&
            whole.Uncertain.Count == parts.Sum(p => p.Uncertain.Count) &&
            whole.Fatalities.Best == parts.Sum(p => p.Fatalities.Best) &&
            whole.Fight.AdversaryOperations.Count == parts.Sum(p => p.Fight.AdversaryOperations.Count) &&
            whole.Scale.MassCasualty.Count == parts.Sum(p => p.Scale.MassCasualty.Count) &&
            whole.Tempo.YearOnYear!.Baseline == parts.Sum(p => p.Tempo.YearOnYear!.Baseline) &&
            targets.All(t => whole.Targets.Counts[t].Count == parts.Sum(p => p.Targets.Counts[t].Count));
    }
}
