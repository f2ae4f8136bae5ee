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
    public static void Record(ParseResult parsed, string? store, string outcome, CliConsole console)
    {
        var action = Verb(parsed.CommandResult.Command);
        if (store is null || action.Length == 0 || parsed.Action is System.CommandLine.Help.HelpAction)
        {
            return;
        }

        try
        {
            CliServices.Get<AuditUseCase>(store, console).Record(action, Detail(parsed), outcome, $"cli ({Environment.UserName})");
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or StoreException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"kwatch: warning: the store's audit log could not be written ({TerminalText.Cell(e.Message)})");
        }
    }

    /// <summary>The verb as typed: <c>ach rate</c>; empty for the bare command.</summary>
    private static string Verb(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>
    /// The arguments as parsed (response files read, <c>--opt:value</c> split), without the store's
    /// path and the acting user's name, each quoted where it holds a space.
    /// </summary>
    private static string Detail(ParseResult parsed)
    {
        var kept = new List<string>();
        var tokens = parsed.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == System.CommandLine.Parsing.TokenType.Option && tokens[i].Value is "--db" or "--as")
            {
                i += i + 1 < tokens.Count && tokens[i + 1].Type == System.CommandLine.Parsing.TokenType.Argument ? 1 : 0;
                continue;
            }

            var value = tokens[i].Value;
            kept.Add(value.Contains(' ', StringComparison.Ordinal) ? $"\"{value}\"" : value);
        }

        return string.Join(' ', kept);
    }
}
