using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Assessment;

/// <summary>
/// Each stored record with the same event as its linked records of other sources tell it: the
/// deaths' range across all of them and where they disagree (<see cref="DistinctEvents.Reconciled"/>),
/// so a listing shows the sources' disagreement, not one record's figure. Streams: the linked
/// records of one event are read when it is reached; a record without links costs nothing more.
/// </summary>
public static class AcrossSources
{
    public static IEnumerable<(StoredEvent Stored, CountedEvent? Across)> Of(IEventStore store, IEnumerable<StoredEvent> records)
    {
        foreach (var stored in records)
        {
            if (stored.LinkedIds.Count == 0)
            {
                yield return (stored, null);
                continue;
            }

            var linked = store.Events(new EventQuery(Ids: stored.LinkedIds)).Select(s => s.Event).ToList();
            yield return (stored, DistinctEvents.Reconciled(stored.Event, stored.LinkedIds, linked));
        }
    }
}
