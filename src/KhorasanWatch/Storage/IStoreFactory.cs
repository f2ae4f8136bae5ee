namespace KhorasanWatch.Storage;

/// <summary>
/// Opens the store a location names. SQLite files today; the location's form will choose the
/// backend (a PostgreSQL connection string, <c>Host=…</c>) when that store arrives.
/// </summary>
public interface IStoreFactory
{
    /// <summary>Opens the store, creating it when it does not exist: for the uses that write.</summary>
    IWatchStore Open(string location, Action<string>? upgrading = null);

    /// <summary>Opens a store that must exist, read-only: reading neither creates a store behind a typo nor changes one.</summary>
    IWatchStore OpenExisting(string location);

    /// <summary>
    /// Readies an existing store for browsing (an index of every event by day, made once), telling
    /// <paramref name="note"/> when it does work; a store that cannot be written is served as it is.
    /// </summary>
    void PrepareForBrowsing(string location, Action<string> note);

    /// <summary>Whether a store is at <paramref name="location"/>.</summary>
    bool Exists(string location);

    /// <summary>Deletes a store that a failed use created, with its journal: nothing is left behind a refused command.</summary>
    void Remove(string location);
}
