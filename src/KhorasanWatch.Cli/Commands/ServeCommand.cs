using System.CommandLine;
using KhorasanWatch.Web;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch serve [--urls http://127.0.0.1:5080] [--allow-remote] [--db …]</c>: the dashboard and
/// JSON API over the store, until Ctrl+C. Loopback only unless <c>--allow-remote</c>: there is no sign-in yet.
/// </summary>
internal static class ServeCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (';' between several)", DefaultValueFactory = _ => Dashboard.DefaultUrls };
        var remote = new Option<bool>("--allow-remote") { Description = "Listen beyond this machine too (there is no sign-in yet: whoever reaches it reads the store)" };
        var command = new Command("serve", "Serve the dashboard and the JSON API (/api/v1) over the store") { urls, remote };
        command.SetAction(parse =>
        {
            var store = StoreOption.Resolve(parse.GetValue(db), console);
            var stores = CliServices.Get<Storage.IStoreFactory>(parse, db, console);
            stores.OpenExisting(store).Dispose(); // a missing store is one line now, not an error on every page
            var listen = parse.GetValue(urls)!;
            var beyond = Dashboard.RemoteAddresses(listen);
            if (beyond.Count > 0 && !parse.GetValue(remote))
            {
                throw new UsageException($"--urls {beyond[0]} listens beyond this machine, and the dashboard has no sign-in yet; give --allow-remote to do it anyway, or a loopback address such as {Dashboard.DefaultUrls}");
            }

            if (beyond.Count > 0)
            {
                console.Error.WriteLine($"kwatch: listening on {string.Join(", ", beyond)} beyond this machine, with no sign-in: whoever reaches it reads the store");
            }

            stores.PrepareForBrowsing(store, CliServices.Note(store, console));
            Dashboard.Serve(store, listen, beyond.Count > 0, at => console.Out.WriteLine($"Serving {TerminalText.Cell(store)} at {string.Join(", ", at)} (Ctrl+C stops)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
