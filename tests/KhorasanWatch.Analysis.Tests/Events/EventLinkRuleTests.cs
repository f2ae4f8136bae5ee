using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Tests.Events;

public sealed class EventLinkRuleTests
{
    private static readonly EventLinkRule Rule = new(new HashSet<string> { "civilians" });

    private static LinkCandidate Candidate(string source, string day, double lat, double lon, string? admin2 = null, params string[] actors) =>
        new($"{source}:1", source, EventDate.OnDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), "AFG", admin2, lat, lon, actors);

    [Fact]
    public void SameDayNearbySharedActor_AcrossSources_IsOneEvent() =>
        Assert.NotNull(Rule.Match(Candidate("acled", "2021-08-26", 34.5620, 69.2120, null, "iskp", "civilians"), Candidate("ucdp", "2021-08-26", 34.5553, 69.2075, null, "iskp")));

    [Fact]
    public void SameSource_IsNeverLinked() =>
        Assert.Null(Rule.Match(Candidate("acled", "2021-08-26", 34.56, 69.21, null, "iskp"), Candidate("acled", "2021-08-26", 34.56, 69.21, null, "iskp")));

    [Fact]
    public void FarApartWithoutSharedDistrict_IsNotOneEvent() =>
        Assert.Null(Rule.Match(Candidate("acled", "2021-08-26", 34.56, 69.21, null, "iskp"), Candidate("gtd", "2021-08-26", 34.43, 70.45, null, "iskp")));

    [Fact]
    public void SameDistrict_LinksEvenWhenPointsDiffer() =>
        Assert.NotNull(Rule.Match(Candidate("acled", "2021-08-26", 34.56, 69.21, "Kabul", "iskp"), Candidate("gtd", "2021-08-26", 34.80, 69.50, "Kabul district", "iskp")));

    [Fact]
    public void OnlyCiviliansInCommon_IsNotEnough() =>
        Assert.Null(Rule.Match(Candidate("acled", "2021-08-26", 34.56, 69.21, null, "civilians"), Candidate("gtd", "2021-08-26", 34.56, 69.21, null, "civilians")));

    [Fact]
    public void DifferentDays_AreNotOneEvent() =>
        Assert.Null(Rule.Match(Candidate("acled", "2021-08-26", 34.56, 69.21, null, "iskp"), Candidate("gtd", "2021-08-28", 34.56, 69.21, null, "iskp")));
}
