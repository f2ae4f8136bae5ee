using System.CommandLine;
using KhorasanWatch.Cli.Commands;
using KhorasanWatch.Storage.Sqlite;

namespace KhorasanWatch.Cli;

/// <summary>The <c>kwatch</c> command: parses, dispatches to one verb, and turns user mistakes into one-line errors.</summary>
public static class Kwatch
{
    public static int Run(string[] args, CliConsole console)
    {
        var (root, db, acting) = Build(console);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count == 0 && parsed.GetValue(acting) is { } user)
        {
            // One user per process: --as stands for the variable every use case reads (CliServices),
            // and the verbs are built again over a console that answers it.
            var environment = console.Environment;
            console = console with { Environment = name => name == "KWATCH_USER" ? user : environment(name) };
            (root, db, _) = Build(console);
            parsed = root.Parse(args);
        }

        if (parsed.Errors.Count > 0)
        {
            // One line, in the style of every other user mistake, with "did you mean" where a verb or option is misspelt.
            console.Error.WriteLine($"kwatch: {ParseErrors.Describe(parsed, root)}");
            return ExitCodes.BadInput;
        }

        // A verb that fails must not leave behind a store it created (a claims import of a missing
        // file, a rating refused): the store's path is noted before and removed after a failure.
        var store = parsed.GetValue(db) is { Length: 0 } ? null : StoreOption.Resolve(parsed.GetValue(db), console);
        var existed = store is null || File.Exists(store);
        var code = ExitCodes.BadInput;
        var outcome = Coalition.AuditOutcomes.Failed; // until the verb returns
        try
        {
            code = Invoke(parsed, store, console, out var storeFailed);
            outcome = storeFailed ? Coalition.AuditOutcomes.Failed : code == ExitCodes.BadInput ? Coalition.AuditOutcomes.Refused : Coalition.AuditOutcomes.Ok;
            return code;
        }
        finally
        {
            CliAudit.Record(parsed, store, outcome, console);
            if (!existed && code == ExitCodes.BadInput && File.Exists(store))
            {
                StoreOption.Remove(store!, console);
            }
        }
    }

    private static (RootCommand Root, Option<string?> Db, Option<string?> Acting) Build(CliConsole console)
    {
        var db = new Option<string?>("--db")
        {
            Description = "The store: a SQLite file, or a PostgreSQL connection string (Host=…) (default: $KWATCH_DB, else ./kwatch.db)",
            Recursive = true,
        };
        var acting = new Option<string?>("--as")
        {
            Description = "The user whose view this is, in a store with users (default: $KWATCH_USER); every read shows what their markings allow",
            Recursive = true,
            HelpName = "USER",
        };
        var root = new RootCommand("Khorasan Watch: indicators and warnings on ISKP from conflict-event data.")
        {
            db,
            acting,
            IngestCommand.Build(db, console),
            EventsCommand.Build(db, console),
            SourcesCommand.Build(db, console),
            ProblemsCommand.Build(db, console),
            GeoCommand.Build(db, console),
            IndicatorsCommand.Build(db, console),
            WarningsCommand.Build(db, console),
            ReportCommand.Build(db, console),
            BacktestCommand.Build(db, console),
            ClaimsCommand.Build(db, console),
            AchCommand.Build(db, console),
            ServeCommand.Build(db, console),
            CoalitionCommands.Org(db, console),
            CoalitionCommands.User(db, console),
            CoalitionCommands.Token(db, console),
            AuditCommand.Build(db, console),
        };

        return (root, db, acting);
    }

    private static int Invoke(ParseResult parsed, string? store, CliConsole console, out bool storeFailed)
    {
        storeFailed = false;
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            // An error after the store opened (a disk that fills, a page damaged past the header): one line naming the store.
            console.Error.WriteLine($"kwatch: {StoreErrors.From(store ?? "the store", e).Message}");
            storeFailed = true;
            return ExitCodes.BadInput;
        }
        catch (Npgsql.NpgsqlException e)
        {
            console.Error.WriteLine($"kwatch: {TerminalText.Cell(Storage.Postgres.PostgresStore.Error(store ?? "the store", e).Message)}");
            storeFailed = true;
            return ExitCodes.BadInput;
        }
        catch (UseCases.ProblemException e)
        {
            console.Error.WriteLine($"kwatch: {TerminalText.Cell(e.Problem.Describe(p => CliServices.Spell(p, store)))}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException || UseCases.Refusals.IsRefusal(e))
        {
            console.Error.WriteLine($"kwatch: {TerminalText.Cell(CliWords.Message(e))}");
            return ExitCodes.BadInput;
        }
    }
}
