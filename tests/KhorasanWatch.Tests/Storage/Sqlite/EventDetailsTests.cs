using FsCheck;
using FsCheck.Fluent;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Storage.Relational;

namespace KhorasanWatch.Tests.Storage.Sqlite;

public sealed class EventDetailsTests
{
    private static ConflictEvent Bare() => new()
    {
        Id = "acled:1",
        Source = EventSource.Acled,
        Date = EventDate.OnDay(new DateOnly(2021, 8, 26)),
        Country = "AFG",
        EventType = EventType.Battle,
        Fatalities = Fatalities.Unknown,
    };

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s.Replace('\u001f', ' ');

    [FsCheck.Xunit.Property]
    public Property PackThenSplit_RestoresEveryTextField(string? admin2, string? notes, string? actor1, string? sourceNames)
    {
        var e = Bare() with { Admin2 = admin2, Notes = notes, Actor1 = actor1, SourceNames = sourceNames, Location = "Kabul" };
        var back = EventDetails.Split(EventDetails.Pack(e));
        return (back[1] == NullIfEmpty(admin2) && back[10] == NullIfEmpty(notes) && back[4] == NullIfEmpty(actor1)
            && back[11] == NullIfEmpty(sourceNames) && back[2] == "Kabul" && back[7] is null && back[12] is null).ToProperty();
    }

    [Theory]
    [InlineData("Jalalabad", "Jalalabad")]
    [InlineData(null, null)]
    public void Admin2_IsReadWithoutUnpackingTheRest(string? admin2, string? expected) =>
        Assert.Equal(expected, EventDetails.Admin2(EventDetails.Pack(Bare() with { Admin2 = admin2, Notes = "x" })));

    [Theory]
    [InlineData(true, false, null)]
    [InlineData(false, true, 0)]
    [InlineData(true, true, 7)]
    public void Flags_RoundTrip(bool derived, bool suicide, int? geoPrecision)
    {
        var e = Bare() with { Admin1Derived = derived, Suicide = suicide, GeoPrecision = geoPrecision };
        var flags = EventFlags.Of(e);
        Assert.Equal((derived, suicide, geoPrecision), (EventFlags.Admin1Derived(flags), EventFlags.Suicide(flags), EventFlags.GeoPrecision(flags)));
    }
}
