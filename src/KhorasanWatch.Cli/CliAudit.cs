using System.CommandLine;
using KhorasanWatch.Cli.Commands;
using KhorasanWatch.Storage;
using KhorasanWatch.UseCases.Coalition;

namespace KhorasanWatch.Cli;

/// <summary>
/// One entry in the store's audit log per verb run against a store with users (<see cref="AuditUseCase"/>):
/// the verb, its arguments (the store and the acting user have columns of their own), how it ended
/// and the system user who ran it. A log that cannot be written is said on standard error; the verb's answer stands.
/// </summary>
internal static class CliAudit
{
    public static void Record(ParseResult parsed, IReadOnlyList<string> args, string? store, int code, CliConsole console)
    {
        var action = Verb(parsed.CommandResult.Command);
        if (store is null || action.Length == 0 || args.Any(a => a is "-h" or "--help" or "-?" or "--version"))
        {
            return;
        }

        try
        {
            var outcome = code == ExitCodes.BadInput ? Coalition.AuditOutcomes.Refused : Coalition.AuditOutcomes.Ok;
            CliServices.Get<AuditUseCase>(store, console).Record(action, Detail(args), outcome, $"cli ({Environment.UserName})");
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or StoreException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"kwatch: warning: the store's audit log could not be written ({TerminalText.Cell(e.Message)})");
        }
    }

    /// <summary>The verb as typed: <c>ach rate</c>; empty for the bare command.</summary>
    private static string Verb(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            if (c is null)
            {
                break;
            }

            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>The arguments without the store's path and the acting user's name, each quoted where it holds a space.</summary>
    private static string Detail(IReadOnlyList<string> args)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--db" or "--as")
            {
                i++;
                continue;
            }

            if (args[i].StartsWith("--db=", StringComparison.Ordinal) || args[i].StartsWith("--as=", StringComparison.Ordinal))
            {
                continue;
            }

            kept.Add(args[i].Contains(' ', StringComparison.Ordinal) ? $"\"{args[i]}\"" : args[i]);
        }

        return string.Join(' ', kept);
    }
}
