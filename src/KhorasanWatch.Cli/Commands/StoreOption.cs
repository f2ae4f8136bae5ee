using KhorasanWatch.Cli.Output;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;

namespace KhorasanWatch.Cli.Commands;

/// <summary>Finds the store: <c>--db PATH</c>, else <c>$KWATCH_DB</c>, else <c>kwatch.db</c> in the working folder.</summary>
internal static class StoreOption
{
    public static string Resolve(string? option, CliConsole console) => option switch
    {
        null => console.Environment("KWATCH_DB") is { Length: > 0 } env ? env : "kwatch.db",
        { Length: 0 } => throw new UsageException("--db is empty; give the store's file, e.g. --db kwatch.db"),
        _ => option,
    };

    /// <summary>Opens the store, creating it when it does not exist: for the verbs that write.</summary>
    public static SqliteEventStore Open(string? option, CliConsole console)
    {
        var path = Resolve(option, console);
        return SqliteEventStore.Open(path, message => console.Error.WriteLine($"kwatch: {TerminalText.Cell(path)}: {message}"));
    }

    /// <summary>Opens a store that must exist, read-only: a verb that only reads neither leaves an empty store behind a typo nor changes the file.</summary>
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
            : SqliteEventStore.OpenReadOnly(path);
    }

    /// <summary>Deletes a store (and its rollback journal) that a failed command created.</summary>
    public static void Remove(string path)
    {
        File.Delete(path);
        File.Delete(path + "-journal");
    }
}
