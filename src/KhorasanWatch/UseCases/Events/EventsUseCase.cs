using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Assessment;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Events;

/// <summary>
/// Listing stored events, a page of them, or one with its provenance: what <c>events</c> and the
/// dashboard's Events and Event pages answer. Each record comes with the event as all its linked
/// records tell it (<see cref="AcrossSources"/>).
/// </summary>
public sealed class EventsUseCase(WatchReader reader)
{
    /// <summary>The most events one page holds.</summary>
    /// <summary>The watch profile events are classified by.</summary>
    public Analysis.Profiles.WatchProfile Profile => reader.Profile;

    /// <summary>The country a province is looked up in when none is given: the profile's home.</summary>
    public string HomeCountry => reader.Rules.HomeCountry;

    public const int MaxPage = 500;

    /// <summary>
    /// The events a query keeps, streamed while the store stays open: dispose the listing when done.
    /// Without <paramref name="acrossSources"/> the linked records are not read (a count needs only the records).
    /// </summary>
    public EventListing List(EventQuery query, bool acrossSources = true)
    {
        var store = reader.OpenStore();
        try
        {
            var records = store.Events(query);
            return new EventListing(store, acrossSources ? AcrossSources.Of(store, records) : records.Select(r => (r, (CountedEvent?)null)));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>One page: at most <paramref name="limit"/> events after <paramref name="cursor"/> (an opaque token from the page before).</summary>
    public EventPage Page(EventQuery query, int limit, string? cursor)
    {
        if (limit is < 1 or > MaxPage)
        {
            throw RequestValues.Invalid("{limit} '{0}' is not a whole number from 1 to {1}", limit.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var paged = query with { Limit = limit + 1, After = cursor is null ? null : EventCursor.Decode(cursor) };
        using var listing = List(paged);
        var rows = listing.Events.ToList();
        var more = rows.Count > limit;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var last = rows.Count > 0 ? rows[^1].Stored.Event : null;
        return new EventPage(rows, more && last is not null ? EventCursor.Encode(new EventPosition(last.Date.Start, last.Id)) : null);
    }

    /// <summary>One event with its raw source record, its earlier versions and its linked records; null for an unknown id.</summary>
    public EventDetail? Get(string id)
    {
        using var store = reader.OpenStore();
        var stored = store.Events(new EventQuery(Ids: [id])).FirstOrDefault();
        if (stored is null)
        {
            return null;
        }

        var (_, across) = AcrossSources.Of(store, [stored]).Single();
        var linked = stored.LinkedIds.Count == 0 ? [] : store.Events(new EventQuery(Ids: stored.LinkedIds)).ToList();
        var shown = EventClassifier.WithEngagement(reader.Profile, stored.Event);
        return new EventDetail(stored, shown, across, store.RawRow(id), store.History(id), linked);
    }

    /// <summary>An actor of the profile, or none; any other id is refused with the known ones.</summary>
    public string? ActorId(string? requested)
    {
        var profile = reader.Profile;
        var id = requested?.Trim().ToLowerInvariant();
        return id is null || profile.Actors.Any(a => a.Id == id)
            ? id
            : throw RequestValues.Invalid("{actor} '{0}' is not an actor of the {1} profile (known: {2})", id, profile.Name, string.Join(", ", profile.Actors.Select(a => a.Id)));
    }

    /// <summary>The query of one actor's events (the watched actor's through its own index).</summary>
    public EventQuery Query(string? actorId, string? country, DateOnly? from, DateOnly? to, int? limit = null) =>
        new(actorId, actorId == reader.Profile.WatchedActorId, country, from, to, limit);
}

/// <summary>Events being read from an open store; disposing it closes the store.</summary>
public sealed class EventListing(IWatchStore store, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events) : IDisposable
{
    public IWatchStore Store { get; } = store;

    public IEnumerable<(StoredEvent Stored, CountedEvent? Across)> Events { get; } = events;

    public void Dispose() => Store.Dispose();
}

/// <summary>A page of events, and the cursor of the next page (null on the last).</summary>
public sealed record EventPage(IReadOnlyList<(StoredEvent Stored, CountedEvent? Across)> Events, string? NextCursor);

/// <summary>
/// An event as stored, and as the profile reads it (<see cref="Event"/>: with its engagement's
/// reading), with the source's own record of it, its earlier versions, and the other sources' records linked to it.
/// </summary>
public sealed record EventDetail(
    StoredEvent Stored,
    ConflictEvent Event,
    CountedEvent? Across,
    string? RawRecord,
    IReadOnlyList<(int Version, string Raw)> Versions,
    IReadOnlyList<StoredEvent> Linked);
