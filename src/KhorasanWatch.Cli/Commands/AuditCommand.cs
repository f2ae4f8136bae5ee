using System.CommandLine;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.Coalition;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Coalition;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch audit [--since DATE] [--user NAME] [--action VERB] [--limit N] [--format table|json]</c>:
/// the store's audit log, newest first, for its admins (docs/coalition.md, "Audit").
/// </summary>
internal static class AuditCommand
{
    private const int DefaultLimit = 100;

    public static Command Build(Option<string?> db, CliConsole console)
    {
        var since = new Option<string?>("--since") { Description = "Only entries from this day on (YYYY-MM-DD, UTC)" };
        var user = new Option<string?>("--user") { Description = "Only this user's entries (or the name a sign-in tried)" };
        var action = new Option<string?>("--action") { Description = "Only this action: a verb (ingest, ach, ach rate), sign-in, or a request's method (GET)" };
        var limit = new Option<string?>("--limit") { Description = $"At most this many entries (default {DefaultLimit})" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("audit", "The store's audit log, newest first: who read or changed what, when, from where (admins only)") { since, user, action, limit, format };
        command.SetAction(parse =>
        {
            var query = new AuditQuery(RequestValues.Date(parse.GetValue(since), "since"), parse.GetValue(user), parse.GetValue(action), RequestValues.Count(parse.GetValue(limit), "limit") ?? DefaultLimit);
            var entries = CliServices.Get<AuditUseCase>(parse, db, console).Log(query);
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(ContractDocuments.Audit(entries));
                return ExitCodes.Success;
            }

            var table = new TextTable("id", "at (UTC)", "user", "organisation", "action", "outcome", "origin", "detail");
            foreach (var e in entries)
            {
                table.Add($"{e.Id}", $"{e.At.ToUniversalTime():yyyy-MM-dd HH:mm:ss}", e.User, e.Organisation, e.Action, e.Outcome, e.Origin, e.Detail);
            }

            table.Write(console.Out);
            return ExitCodes.Success;
        });
        return command;
    }
}
