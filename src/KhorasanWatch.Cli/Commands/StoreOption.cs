using KhorasanWatch.Storage;

namespace KhorasanWatch.Cli.Commands;

/// <summary>Finds the store: <c>--db PATH</c>, else <c>$KWATCH_DB</c>, else <c>kwatch.db</c> in the working folder.</summary>
internal static class StoreOption
{
    public static string Resolve(string? option, CliConsole console) => option is { Length: 0 }
        ? throw new UsageException("--db is empty; give the store's file, e.g. --db kwatch.db")
        : Hosting.KhorasanWatchOptions.StoreFrom(option, console.Environment);

    /// <summary>Deletes a store (and its rollback journal) that a failed command created.</summary>
    public static void Remove(string path, CliConsole console) => Stores(path, console).Remove(path);

    private static IStoreFactory Stores(string path, CliConsole console) => CliServices.Get<IStoreFactory>(path, console);
}
