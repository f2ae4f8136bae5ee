using KhorasanWatch.Storage.Sqlite;

namespace KhorasanWatch.Cli.Commands;

/// <summary>Finds the store: <c>--db PATH</c>, else <c>$KWATCH_DB</c>, else <c>kwatch.db</c> in the working folder.</summary>
internal static class StoreOption
{
    public static string Resolve(string? option, CliConsole console) =>
        option ?? (console.Environment("KWATCH_DB") is { Length: > 0 } env ? env : "kwatch.db");

    public static SqliteEventStore Open(string? option, CliConsole console) => SqliteEventStore.Open(Resolve(option, console));
}
