using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Assessment;

/// <summary>
/// What the indicators and warnings read from a store: one record per real event involving the
/// watched actor (either attribution), plus the foreign air and drone strikes the rules watch for
/// civilian harm; the first day the store's data cover (1 January of its earliest year); and the
/// first and last day of the watched actor's events.
/// </summary>
public sealed record WatchData(IReadOnlyList<CountedEvent> Counted, DateOnly CoverageStart, DateOnly? FirstEvent, DateOnly? LastEvent)
{
    public IEnumerable<ConflictEvent> Events => Counted.Select(c => c.Event);

    /// <summary>
    /// Loads the data for <paramref name="actorId"/>. For an actor other than the profile's watched
    /// one, its events are classified afresh with that actor watched.
    /// </summary>
    public static WatchData Load(IEventStore store, WatchProfile profile, string actorId, IndicatorRules rules)
    {
        var watching = profile.Watching(actorId);
        var query = actorId == profile.WatchedActorId ? new EventQuery(WatchedOnly: true) : new EventQuery(ActorId: actorId);
        var records = new Dictionary<string, (ConflictEvent Event, IReadOnlyList<string> LinkedIds)>(StringComparer.Ordinal);
        foreach (var stored in store.Events(query))
        {
            var e = ReferenceEquals(watching, profile) ? stored.Event : watching.Classify(stored.Event);
            records[e.Id] = (e, stored.LinkedIds);
        }

        var watchedDays = records.Values.Select(r => r.Event.Date.Start).ToList();
        foreach (var stored in store.Events(new EventQuery(Country: rules.StrikeCountry, AnyActorIds: [.. rules.StrikeActorIds])))
        {
            if (rules.IsForeignStrike(stored.Event))
            {
                records.TryAdd(stored.Event.Id, (stored.Event, stored.LinkedIds));
            }
        }

        var years = store.Sources().Select(s => s.Year).ToList();
        var coverage = years.Count == 0 ? DateOnly.MaxValue : new DateOnly(years.Min(), 1, 1);
        return new WatchData(
            DistinctEvents.Select(records.Values),
            coverage,
            watchedDays.Count == 0 ? null : watchedDays.Min(),
            watchedDays.Count == 0 ? null : watchedDays.Max());
    }
}
