using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;

namespace KhorasanWatch.Cli.Commands;

/// <summary>Finds the store: <c>--db PATH</c>, else <c>$KWATCH_DB</c>, else <c>kwatch.db</c> in the working folder.</summary>
internal static class StoreOption
{
    public static string Resolve(string? option, CliConsole console) =>
        option ?? (console.Environment("KWATCH_DB") is { Length: > 0 } env ? env : "kwatch.db");

    /// <summary>Opens the store, creating it when it does not exist: for the verbs that write.</summary>
    public static SqliteEventStore Open(string? option, CliConsole console) => SqliteEventStore.Open(Resolve(option, console));

    /// <summary>Opens a store that must exist: a verb that only reads does not leave an empty store behind a typo.</summary>
    public static SqliteEventStore OpenExisting(string? option, CliConsole console)
    {
        var path = Resolve(option, console);
        if (!File.Exists(path))
        {
            throw new StoreException(path, "no such store (load one with 'kwatch ingest FILE --db PATH')");
        }

        // SQLite would take an empty file for a new database and write its tables into it: a reading verb changes nothing.
        return new FileInfo(path).Length == 0
            ? throw new StoreException(path, "the file is empty, not a store (load one with 'kwatch ingest FILE --db PATH')")
            : SqliteEventStore.Open(path);
    }

    /// <summary>Deletes a store (and its rollback journal) that a failed command created.</summary>
    public static void Remove(string path)
    {
        File.Delete(path);
        File.Delete(path + "-journal");
    }
}
