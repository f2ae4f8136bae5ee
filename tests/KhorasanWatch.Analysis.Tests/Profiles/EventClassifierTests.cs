using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Tests.Profiles;

public sealed class EventClassifierTests
{
    private static ConflictEvent Event(EventSource source, string? actor1, string? actor2, string date = "2021-08-26", string country = "AFG",
        EventType type = EventType.ExplosionOrRemoteViolence, string? assoc2 = null, string? notes = null) => new()
    {
        Id = "test:1",
        Source = source,
        Date = EventDate.OnDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
        Country = country,
        EventType = type,
        Actor1 = actor1,
        Actor2 = actor2,
        AssocActor2 = assoc2,
        Notes = notes,
        Fatalities = Fatalities.Unknown,
    };

    [Theory]
    [InlineData("Islamic State Khorasan Province (ISKP)", "Civilians (Afghanistan)", WatchRole.Perpetrator, Attribution.Certain)]
    [InlineData("Islamic State (Afghanistan)", "Civilians (Afghanistan)", WatchRole.Perpetrator, Attribution.Certain)]
    [InlineData("Taliban", "Islamic State Khorasan Province (ISKP)", WatchRole.Target, Attribution.Certain)]
    [InlineData("Taliban and/or Islamic State Khorasan Province (ISKP)", "Civilians (Afghanistan)", WatchRole.Perpetrator, Attribution.Uncertain)]
    [InlineData("Taliban", "Civilians (Afghanistan)", WatchRole.None, Attribution.None)]
    public void AcledActors_GiveTheWatchedActorsRoleAndAttribution(string actor1, string actor2, WatchRole role, Attribution attribution)
    {
        var e = WatchProfile.Iskp.Classify(Event(EventSource.Acled, actor1, actor2));
        Assert.Equal(role, e.Role);
        Assert.Equal(attribution, e.Attribution);
    }

    [Fact]
    public void UncertainAttribution_IsKeptWithBothAlternativesNamed()
    {
        var e = WatchProfile.Iskp.Classify(Event(EventSource.Acled, "Taliban and/or Islamic State Khorasan Province (ISKP)", "Civilians (Afghanistan)"));
        Assert.Contains("iskp", e.ActorIds);
        Assert.Contains("taliban", e.ActorIds);
        Assert.Equal(Attribution.Uncertain, e.Attribution);
    }

    [Theory]
    [InlineData("AFG", "iskp")]
    [InlineData("PAK", "iskp")]
    [InlineData("SYR", "is_core")]
    public void UcdpSideIs_IsIskpOnlyInTheKhorasanRegion(string country, string expected)
    {
        var e = WatchProfile.Iskp.Classify(Event(EventSource.Ucdp, "IS", "Government of Afghanistan", country: country, type: EventType.Battle));
        Assert.Contains(expected, e.ActorIds);
    }

    [Theory]
    [InlineData("2020-06-01", "afghan_republic", TargetCategory.AfghanRepublic)]
    [InlineData("2022-06-01", "taliban", TargetCategory.Taliban)]
    public void UcdpGovernmentOfAfghanistan_IsTheTalibanFromAugust2021(string date, string actor, TargetCategory target)
    {
        var e = WatchProfile.Iskp.Classify(Event(EventSource.Ucdp, "Government of Afghanistan", "IS", date, type: EventType.Battle));
        Assert.Contains(actor, e.ActorIds);
        Assert.Equal(WatchRole.Party, e.Role);
        Assert.Equal(target, e.TargetCategory);
    }

    [Fact]
    public void UcdpOneSidedViolenceBySideA_IsAnAttackByIt()
    {
        var e = WatchProfile.Iskp.Classify(Event(EventSource.Ucdp, "IS", "Civilians", type: EventType.ViolenceAgainstCivilians));
        Assert.Equal(WatchRole.Perpetrator, e.Role);
        Assert.Equal(TargetCategory.OtherCivilians, e.TargetCategory);
    }

    [Fact]
    public void GtdPerpetratorGroup_IsThePerpetrator()
    {
        var e = WatchProfile.Iskp.Classify(Event(EventSource.Gtd, "Khorasan Chapter of the Islamic State", null) with { TargetText = "Religious Figures/Institutions: Shia Mosque" });
        Assert.Equal(WatchRole.Perpetrator, e.Role);
        Assert.Equal(TargetCategory.ShiaHazara, e.TargetCategory);
    }

    [Fact]
    public void TargetCategory_IsOnlySetForTheWatchedActorsAttacks()
    {
        var e = WatchProfile.Iskp.Classify(Event(EventSource.Acled, "Taliban", "Islamic State Khorasan Province (ISKP)"));
        Assert.Null(e.TargetCategory);
    }

    [Fact]
    public void SpeakerPhrases_AreNotMistakenForTheTarget()
    {
        var e = WatchProfile.Iskp.Classify(Event(EventSource.Acled, "Islamic State Khorasan Province (ISKP)", "Civilians (Afghanistan)",
            date: "2022-05-01", notes: "A bomb exploded in a crowded market in Jalalabad, killing 4 shopkeepers. Taliban officials blamed ISKP."));
        Assert.Equal(TargetCategory.OtherCivilians, e.TargetCategory);
    }
}
