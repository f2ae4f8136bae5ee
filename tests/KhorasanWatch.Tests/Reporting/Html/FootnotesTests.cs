using System.Text;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Reporting.Html;

namespace KhorasanWatch.Tests.Reporting.Html;

/// <summary>A note stays a size a reader can use, whatever the number of events behind its figure.</summary>
public sealed class FootnotesTests
{
    [Fact]
    public void ANoteOfManyEvents_ListsTheFirstIds_AndTheCommandForTheRest()
    {
        var events = Enumerable.Range(0, 5000).Select(i => Event(i)).ToDictionary(e => e.Event.Id);
        var notes = new Footnotes("iskp", events, new Dictionary<string, Claim>());
        notes.Cite("ISKP attacks in the period", [.. events.Keys]);
        var small = new Footnotes("iskp", events, new Dictionary<string, Claim>());
        small.Cite("ISKP attacks in the period", [.. events.Keys.Take(Footnotes.Listed)]);

        var html = Written(notes);

        Assert.Contains("The first 500 of the 5,000 ids", html, StringComparison.Ordinal);
        Assert.Contains("the other 4,500 are listed", html, StringComparison.Ordinal);
        Assert.Contains("<code>kwatch events --actor iskp --from 2020-01-01 --to 2033-09-08 --format csv</code>", html, StringComparison.Ordinal);
        Assert.Contains("acled:AFG498, acled:AFG499; the other", html, StringComparison.Ordinal);
        Assert.DoesNotContain("acled:AFG500", html, StringComparison.Ordinal);
        Assert.Equal(Footnotes.Detailed, html.Split("<li>").Length - 1);
        Assert.Contains("All 500 ids", Written(small), StringComparison.Ordinal);
        Assert.True(html.Length < 40_000, $"a note of 5,000 events took {html.Length:N0} characters");
    }

    [Fact]
    public void TheSameFigure_CitedTwice_GetsOneNumber_AndAnotherFigureItsOwn()
    {
        var events = Enumerable.Range(0, 3000).Select(i => Event(i)).ToDictionary(e => e.Event.Id);
        var notes = new Footnotes("iskp", events, new Dictionary<string, Claim>());
        var ids = events.Keys.ToList();

        var first = notes.Cite("Attacks", ids);
        var again = notes.Cite("Attacks", [.. ids]); // an equal list, not the same one
        var fewer = notes.Cite("Attacks", ids.Take(2999).ToList());
        var reordered = notes.Cite("Attacks", [.. ids.Skip(1), ids[0]]);
        var named = notes.Cite("Deaths", ids);
        var withClaim = notes.Cite("Attacks", ids, ["manpower-2024"]);

        Assert.Equal(first, again);
        Assert.Equal(5, new[] { first, fewer, reordered, named, withClaim }.Distinct().Count());
        Assert.Contains("#fn-5", withClaim, StringComparison.Ordinal);
    }

    private static string Written(Footnotes notes)
    {
        var html = new StringBuilder();
        notes.Write(html);
        return html.ToString();
    }

    private static CountedEvent Event(int i) => new(
        new ConflictEvent
        {
            Id = $"acled:AFG{i}",
            Source = EventSource.Acled,
            Date = EventDate.OnDay(new DateOnly(2020, 1, 1).AddDays(i)),
            Country = "AFG",
            EventType = EventType.ExplosionOrRemoteViolence,
            Fatalities = new Fatalities(1, null, null),
        },
        []);
}
