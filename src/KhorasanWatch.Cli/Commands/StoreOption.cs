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
        return File.Exists(path) ? SqliteEventStore.Open(path) : throw new StoreException(path, "no such store (load one with 'kwatch ingest FILE --db PATH')");
    }
}
