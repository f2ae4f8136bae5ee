namespace KhorasanWatch.Storage.Sqlite;

/// <summary>Opens SQLite stores by file path.</summary>
public sealed class SqliteStoreFactory : IStoreFactory
{
    public IWatchStore Open(string location, Action<string>? upgrading = null) => SqliteEventStore.Open(location, upgrading);

    public IWatchStore OpenExisting(string location)
    {
        if (!File.Exists(location))
        {
            throw new StoreException(location, "no such store (load one with 'kwatch ingest FILE --db PATH')");
        }

        // SQLite would take an empty file for a new database and write its tables into it: a reading use changes nothing.
        return new FileInfo(location).Length == 0
            ? throw new StoreException(location, "the file is empty, not a store (load one with 'kwatch ingest FILE --db PATH')")
            : SqliteEventStore.OpenReadOnly(location);
    }

    public bool Exists(string location) => File.Exists(location);

    public void Remove(string location)
    {
        File.Delete(location);
        File.Delete(location + "-journal");
    }
}
