using System.CommandLine;
using KhorasanWatch.Web;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch serve [--urls http://127.0.0.1:5080] [--allow-remote] [--db …]</c>: the dashboard and
/// JSON API over the store, until Ctrl+C. Loopback only unless <c>--allow-remote</c> (a store without users has no sign-in), and beyond it on https:// only.
/// </summary>
internal static class ServeCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (';' between several)", DefaultValueFactory = _ => Dashboard.DefaultUrls };
        var remote = new Option<bool>("--allow-remote") { Description = "Listen beyond this machine too (https:// only; a store without users has no sign-in: whoever reaches it may read the store)" };
        var command = new Command("serve", "Serve the dashboard and the JSON API (/api/v1) over the store") { urls, remote };
        command.SetAction(parse =>
        {
            var store = StoreOption.Resolve(parse.GetValue(db), console);
            var stores = CliServices.Get<Storage.IStoreFactory>(parse, db, console);
            stores.OpenExisting(store).Dispose(); // a missing store is one line now, not an error on every page
            var listen = parse.GetValue(urls)!;
            var beyond = Dashboard.RemoteAddresses(listen);
            if (Dashboard.RefusedListening(listen, parse.GetValue(remote)) is { } refusal)
            {
                throw new UsageException(refusal.InClear
                    ? $"--urls {refusal.Url} {refusal.Reason}; give an https:// address (its certificate in Kestrel's configuration, Kestrel__Certificates__Default__Path), or a loopback address behind a TLS proxy"
                    : $"--urls {refusal.Url} {refusal.Reason}; give --allow-remote to do it anyway (with an https:// address), or a loopback address such as {Dashboard.DefaultUrls}");
            }

            if (beyond.Count > 0)
            {
                console.Error.WriteLine($"kwatch: listening on {string.Join(", ", beyond)} beyond this machine (a store without users has no sign-in: whoever reaches it may read the store)");
            }

            stores.PrepareForBrowsing(store, CliServices.Note(store, console));
            Dashboard.Serve(store, listen, beyond.Count > 0, at => console.Out.WriteLine($"Serving {TerminalText.Cell(Storage.StoreFactory.Shown(store))} at {string.Join(", ", at)} (Ctrl+C stops)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
