using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Analysis.Tests.Indicators;
using KhorasanWatch.Analysis.Warnings;

namespace KhorasanWatch.Analysis.Tests.Assessment;

public sealed class KeyJudgmentsTests
{
    private static readonly DateOnly Coverage = new(2020, 1, 1);

    private static List<ConflictEvent> TwoAttacksAMonth(int months) =>
        Enumerable.Range(0, months).SelectMany(m => new[]
        {
            TestEvents.Attack(new DateOnly(2020, 1, 3).AddMonths(m).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), killed: m % 6 == 0 ? 12 : 2),
            TestEvents.Attack(new DateOnly(2020, 1, 17).AddMonths(m).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), target: TargetCategory.ShiaHazara),
        }).ToList();

    private static IReadOnlyList<KeyJudgment> Judge(List<ConflictEvent> events, DateOnly from, DateOnly to)
    {
        var warnings = WarningDetector.Detect(events, to, Coverage, Region.All, IndicatorRules.Iskp, new WarningOptions());
        return KeyJudgments.For(events, new Period(PeriodKind.Window, from, to), to, Coverage, "ISKP", IndicatorRules.Iskp, warnings);
    }

    [Fact]
    public void Judgments_AreBetweenThreeAndSeven_AndForecastsCarryALikelihood()
    {
        var judgments = Judge(TwoAttacksAMonth(36), new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));

        Assert.InRange(judgments.Count, 3, 7);
        Assert.All(judgments.Where(j => j.Id is "pace" or "mass_casualty" or "abroad"), j => Assert.NotNull(j.Likelihood));
        Assert.All(judgments.Where(j => j.Id is "tempo" or "targets"), j => Assert.Null(j.Likelihood));
        Assert.All(judgments, j => Assert.False(string.IsNullOrWhiteSpace(j.Confidence.Reason)));
    }

    [Fact]
    public void TheTempoJudgment_StatesTheCountAndTheYearEarlierComparison()
    {
        var events = TwoAttacksAMonth(36);

        var tempo = Judge(events, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)).Single(j => j.Id == "tempo");

        Assert.StartsWith("ISKP carried out 24 attacks between 1 January 2022 and 31 December 2022", tempo.Text, StringComparison.Ordinal);
        Assert.Contains("the same days a year earlier (24 attacks): ×1.0", tempo.Text, StringComparison.Ordinal);
        Assert.Equal(24, tempo.EventIds.Count);
    }

    [Fact]
    public void ASteadyMassCasualtyRate_WithoutATrackRecord_IsForecastByClimatology()
    {
        // One mass-casualty attack every six months (January and July) for 36 months: 22 origins, too
        // few to judge a model by, so climatology: 16 of the 34 three-month spans held one, with
        // Jeffreys' half an independent span (1.5 spans) each way: 17.5 / 37.
        var chance = Judge(TwoAttacksAMonth(36), new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)).Single(j => j.Id == "mass_casualty");

        Assert.Equal("roughly even chance", chance.Likelihood!.Term);
        Assert.Equal(17.5 / 37, chance.Likelihood.Probability, 9);
        Assert.Contains("the twelve months before saw 2 mass-casualty attacks", chance.Text, StringComparison.Ordinal);
        Assert.Contains("by expanding climatology", chance.Text, StringComparison.Ordinal);
        Assert.Contains("22 monthly origins to test a model on, fewer than the 24 needed", chance.Text, StringComparison.Ordinal);
        Assert.Equal(Analysis.Assessment.ConfidenceLevel.Low, chance.Confidence.Level);
        Assert.Contains("no track record on this store (22 origins, 24 needed)", chance.Confidence.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterAQuietQuarter_ThePaceJudgmentAsksForOneAttack_WithoutInventingAPace()
    {
        // Two attacks a month through 2021, then none: the three months to 30 June 2022 are quiet.
        var pace = Judge(TwoAttacksAMonth(24), new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 30)).Single(j => j.Id == "pace");

        Assert.Contains("that ISKP carries out at least one attack in the next three months, after none in the three months to 30 June 2022", pace.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("as in", pace.Text, StringComparison.Ordinal);
        Assert.Contains("judged from 12 attacks in the twelve months before", pace.Text, StringComparison.Ordinal);
        // 30 months of coverage give 16 origins: climatology, 24 of the 28 three-month spans held an
        // attack, with Jeffreys' 1.5 spans each way: 25.5 / 31.
        Assert.Equal(25.5 / 31, pace.Likelihood!.Probability, 12);
    }

    [Fact]
    public void DataThatEndBeforeTheAsOfDay_AreNotReadAsQuietDays()
    {
        // Two attacks a month to 30 September 2022, as of 31 December 2022: the forecasts read the
        // twelve months to the data end (24 attacks), not the three quiet months after it.
        var events = TwoAttacksAMonth(33);
        var warnings = WarningDetector.Detect(events, new DateOnly(2022, 12, 31), Coverage, Region.All, IndicatorRules.Iskp, new WarningOptions());

        var judgments = KeyJudgments.For(
            events, new Period(PeriodKind.Window, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), new DateOnly(2022, 12, 31), Coverage, "ISKP", IndicatorRules.Iskp, warnings,
            dataEnd: new DateOnly(2022, 9, 30));
        var pace = judgments.Single(j => j.Id == "pace");

        Assert.Contains("6 attacks in the next three months, as in the three months to 30 September 2022", pace.Text, StringComparison.Ordinal);
        Assert.Contains("judged from 24 attacks in the twelve months before", pace.Text, StringComparison.Ordinal);
        Assert.Contains("The data end on 30 September 2022, 92 days before 31 December 2022: the forecast reads the months to then, not the days after as days without attacks", pace.Text, StringComparison.Ordinal);
        Assert.Equal(24, pace.EventIds.Count);
    }

    [Fact]
    public void ThePaceJudgment_CitesTheRecentQuarterApart()
    {
        var pace = Judge(TwoAttacksAMonth(36), new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)).Single(j => j.Id == "pace");

        var figure = Assert.Single(pace.CitedFigures);
        Assert.Equal("as in the three months to 31 December 2022", figure.Text);
        Assert.Contains(figure.Text, pace.Text, StringComparison.Ordinal);
        Assert.Equal(6, figure.EventIds.Count);
    }

    [Fact]
    public void TheTempoJudgment_CitesItsBaselineWithTheBaselinesOwnEvents()
    {
        var events = TwoAttacksAMonth(36);

        var tempo = Judge(events, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)).Single(j => j.Id == "tempo");

        var figure = Assert.Single(tempo.CitedFigures);
        Assert.Equal("the same days a year earlier (24 attacks)", figure.Text);
        Assert.Contains(figure.Text, tempo.Text, StringComparison.Ordinal);
        var in2021 = events.Where(e => e.Date.Start.Year == 2021).Select(e => e.Id).Order(StringComparer.Ordinal);
        Assert.Equal(in2021, figure.EventIds.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(figure.EventIds, tempo.EventIds.Contains);
    }

    [Fact]
    public void AWindowLongerThanAYear_IsComparedWithTheDaysBefore_AndOneUncertainEventIsSingular()
    {
        var events = TwoAttacksAMonth(48);
        events.Add(TestEvents.Uncertain("2022-05-05"));

        var tempo = Judge(events, new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31)).Single(j => j.Id == "tempo");

        Assert.Contains("the 730 days before (48 attacks)", tempo.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("year earlier", tempo.Text, StringComparison.Ordinal);
        Assert.Equal(48, Assert.Single(tempo.CitedFigures).EventIds.Count);
        Assert.Contains("Another 1 event of uncertain attribution is not counted.", tempo.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAttacksInEitherWindow_IsSaidSo_WithoutARatio()
    {
        var tempo = Judge([TestEvents.Attack("2019-06-01")], new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)).Single(j => j.Id == "tempo");

        Assert.Contains("ISKP carried out 0 attacks between 1 January 2022 and 31 December 2022 (0 deaths recorded), as in the same days a year earlier (0 attacks).", tempo.Text, StringComparison.Ordinal);
    }
}
