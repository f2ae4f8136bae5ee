using KhorasanWatch.Storage.Postgres;
using KhorasanWatch.Storage.Sqlite;

namespace KhorasanWatch.Storage;

/// <summary>
/// Opens the store a location names, choosing the backend by its form: a PostgreSQL connection
/// string (one that names a <c>Host=</c>) is the coalition server's store; anything else is a
/// SQLite file's path, the default (docs/store.md).
/// </summary>
public sealed class StoreFactory : IStoreFactory
{
    private readonly SqliteStoreFactory _sqlite = new();

    /// <summary>The location as messages may show it: a connection string without its password, a path as given.</summary>
    public static string Shown(string location) => PostgresStore.Names(location) ? PostgresStore.Shown(location) : location;

    public IWatchStore Open(string location, Action<string>? upgrading = null) =>
        PostgresStore.Names(location) ? PostgresStore.Open(location, upgrading) : _sqlite.Open(location, upgrading);

    public IWatchStore OpenExisting(string location) =>
        PostgresStore.Names(location) ? PostgresStore.OpenExisting(location) : _sqlite.OpenExisting(location);

    /// <summary>PostgreSQL keeps its own indexes: every event is indexed by day from the store's creation.</summary>
    public void PrepareForBrowsing(string location, Action<string> note)
    {
        if (!PostgresStore.Names(location))
        {
            _sqlite.PrepareForBrowsing(location, note);
        }
    }

    public bool Exists(string location) => PostgresStore.Names(location) ? PostgresStore.Exists(location) : _sqlite.Exists(location);

    /// <summary>A SQLite file a failed use created is deleted; a PostgreSQL database is the administrator's, and is left as it is (its tables, if this use made them, are empty).</summary>
    public void Remove(string location)
    {
        if (!PostgresStore.Names(location))
        {
            _sqlite.Remove(location);
        }
    }
}
