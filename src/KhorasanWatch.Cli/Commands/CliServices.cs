using System.CommandLine;
using KhorasanWatch.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KhorasanWatch.Cli.Commands;

/// <summary>The library, wired through its composition root for the store <c>--db</c> names and the console's clock: each verb resolves the use case it calls.</summary>
internal static class CliServices
{
    public static T Get<T>(ParseResult parse, Option<string?> db, CliConsole console)
        where T : notnull => Get<T>(StoreOption.Resolve(parse.GetValue(db), console), console);

    /// <summary>The use case <typeparamref name="T"/> over the store at <paramref name="store"/>.</summary>
    public static T Get<T>(string store, CliConsole console)
        where T : notnull
    {
        var services = new ServiceCollection().AddSingleton(console.Clock).AddKhorasanWatch(o =>
        {
            o.Store = store;
            o.Upgrading = Note(store, console);
            o.ActingUser = console.Environment("KWATCH_USER") is { Length: > 0 } user ? user : null;
            if (console.Environment("KWATCH_OWNER") is { Length: > 0 } owner)
            {
                o.Owner = owner;
            }
        }).BuildServiceProvider();
        return services.GetRequiredService<T>();
    }

    /// <summary>A note about the store on standard error, one line naming it (an upgrade of its schema, an index made).</summary>
    public static Action<string> Note(string store, CliConsole console) =>
        message => console.Error.WriteLine($"kwatch: {TerminalText.Cell(Storage.StoreFactory.Shown(store))}: {message}");

    /// <summary>How the CLI spells a problem's parameters (<c>--as-of</c>) and the store it names.</summary>
    public static string Spell(string parameter, string? store) => parameter switch
    {
        "the_store" => store is null ? "the store" : $"the store {Storage.StoreFactory.Shown(store)}",
        "ingest" => "run 'kwatch ingest FILE' first",
        "as" => "--as USER (or $KWATCH_USER)",
        _ => "--" + parameter.Replace('_', '-'),
    };
}
