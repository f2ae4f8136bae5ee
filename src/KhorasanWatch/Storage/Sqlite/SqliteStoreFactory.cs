using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>Opens SQLite stores by file path.</summary>
public sealed class SqliteStoreFactory : IStoreFactory
{
    public IWatchStore Open(string location, Action<string>? upgrading = null) => SqliteEventStore.Open(location, upgrading);

    public IWatchStore OpenExisting(string location)
    {
        if (!File.Exists(location))
        {
            throw new StoreException(location, "no such store", NextStep.LoadEvents);
        }

        // SQLite would take an empty file for a new database and write its tables into it: a reading use changes nothing.
        return new FileInfo(location).Length == 0
            ? throw new StoreException(location, "the file is empty, not a store", NextStep.LoadEvents)
            : SqliteEventStore.OpenReadOnly(location);
    }

    public void PrepareForBrowsing(string location, Action<string> note)
    {
        try
        {
            using var store = SqliteEventStore.Open(location);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (store.IndexForBrowsing())
            {
                note(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"indexed the events by day for the dashboard's lists in {clock.Elapsed.TotalSeconds:0.0} s, once; later ingests keep the index up"));
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            note($"could not index the events by day ({e.Message}); lists of all events will scan the store");
        }
    }

    public bool Exists(string location) => File.Exists(location);

    public void Remove(string location)
    {
        File.Delete(location);
        File.Delete(location + "-journal");
        File.Delete(SqliteAudit.PathOf(location));
    }
}
