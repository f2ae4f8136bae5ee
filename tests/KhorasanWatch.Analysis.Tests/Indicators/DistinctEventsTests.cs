using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Tests.Indicators;

public sealed class DistinctEventsTests
{
    [Fact]
    public void AnAttackInThreeSources_IsCountedOnceAsTheAcledRecord()
    {
        var acled = TestEvents.Attack("2021-08-26") with { Id = "acled:AFG1" };
        var ucdp = acled with { Id = "ucdp:77", Source = EventSource.Ucdp };
        var gtd = acled with { Id = "gtd:2021", Source = EventSource.Gtd };
        var other = TestEvents.Attack("2021-08-27");

        var kept = DistinctEvents.Select(
        [
            (gtd, ["ucdp:77", "acled:AFG1"]),
            (ucdp, ["acled:AFG1", "gtd:2021"]),
            (acled, ["ucdp:77", "gtd:2021"]),
            (other, []),
        ]);

        Assert.Equal(["acled:AFG1", other.Id], kept.Select(k => k.Event.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["ucdp:77", "gtd:2021"], kept.Single(k => k.Event.Id == "acled:AFG1").AlsoRecordedAs);
    }

    [Fact]
    public void LinkedRecordsThatDisagree_KeepTheirFigures_AsARangeAndAStatement()
    {
        var acled = TestEvents.Attack("2021-08-26") with { Id = "acled:AFG1", Fatalities = Fatalities.BestOnly(13), TargetCategory = KhorasanWatch.Analysis.Targets.TargetCategory.Taliban };
        var ucdp = acled with { Id = "ucdp:77", Source = EventSource.Ucdp, Fatalities = new Fatalities(15, 12, 20), TargetCategory = KhorasanWatch.Analysis.Targets.TargetCategory.AfghanRepublic };

        var kept = Assert.Single(DistinctEvents.Select([(acled, ["ucdp:77"]), (ucdp, ["acled:AFG1"])]));

        Assert.Equal(new Fatalities(13, 12, 20), kept.Event.Fatalities); // ACLED's best kept, the range across both
        Assert.Equal("deaths 13 (ACLED), 15 (12–20) (UCDP); target taliban (ACLED), afghan_republic (UCDP)", kept.Disagreement); // each source with its own range
        Assert.Equal(12, FatalityTotals.Of([kept.Event]).Low);
    }

    [Fact]
    public void LinkedRecordsThatAgree_SayNothing()
    {
        var acled = TestEvents.Attack("2021-08-26") with { Id = "acled:AFG1" };
        var ucdp = acled with { Id = "ucdp:77", Source = EventSource.Ucdp };

        var kept = Assert.Single(DistinctEvents.Select([(acled, ["ucdp:77"]), (ucdp, ["acled:AFG1"])]));

        Assert.Null(kept.Disagreement);
        Assert.Same(acled, kept.Event);
    }

    [Fact]
    public void ALinkToARecordOutsideTheSet_DoesNotDropTheRecord()
    {
        var ucdp = TestEvents.Attack("2021-08-26") with { Id = "ucdp:77", Source = EventSource.Ucdp };

        var kept = DistinctEvents.Select([(ucdp, ["acled:not-loaded"])]);

        Assert.Single(kept);
    }
}
