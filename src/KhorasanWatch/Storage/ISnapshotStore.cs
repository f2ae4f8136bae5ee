namespace KhorasanWatch.Storage;

/// <summary>
/// A store that keeps precomputed read models beside its events: bytes under a key, valid only
/// while the events are as they were when the bytes were written. Any ingest run makes every
/// snapshot stale, whichever kwatch wrote it, so a snapshot can be missing but never out of date.
/// </summary>
public interface ISnapshotStore
{
    /// <summary>
    /// The bytes saved under <paramref name="key"/> as a stream read from the store as it is read
    /// (a snapshot of 300,000 events is 108 MB, which read whole was held once in the store's library
    /// and once as an array); null when there are none or the events changed since.
    /// </summary>
    Stream? OpenSnapshot(string key);

    /// <summary>Whether snapshots are read and written for this store's reader (one who sees every marking); when not, computing one is wasted.</summary>
    bool KeepsSnapshots { get; }

    /// <summary>Saves <paramref name="data"/> under <paramref name="key"/> for the events as they are now, replacing every other snapshot of <paramref name="kind"/>.</summary>
    /// <remarks>
    /// <paramref name="generation"/> is the events' <see cref="IEventStore.Generation"/> read before the
    /// bytes were computed: another process's ingest committed in between makes the snapshot stale at
    /// once, never current with the other's rows missing.
    /// </remarks>
    void WriteSnapshot(string kind, string key, ReadOnlyMemory<byte> data, long generation);
}
