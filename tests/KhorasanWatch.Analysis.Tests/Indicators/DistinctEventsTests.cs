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
    public void ALinkToARecordOutsideTheSet_DoesNotDropTheRecord()
    {
        var ucdp = TestEvents.Attack("2021-08-26") with { Id = "ucdp:77", Source = EventSource.Ucdp };

        var kept = DistinctEvents.Select([(ucdp, ["acled:not-loaded"])]);

        Assert.Single(kept);
    }
}
