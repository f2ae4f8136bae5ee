using System.CommandLine;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.Storage;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Data;

namespace KhorasanWatch.Cli.Commands;

/// <summary><c>kwatch problems [--file F] [--kind rejected|warning] [--limit N] [--format table|json]</c>: every rejected row and warning the store's ingests met.</summary>
internal static class ProblemsCommand
{
    private const int DefaultLimit = 1000;

    public static Command Build(Option<string?> db, CliConsole console)
    {
        var file = new Option<string?>("--file") { Description = "Only this file, as it was ingested (or the end of its path: acled.csv)" };
        var kind = new Option<string?>("--kind") { Description = "Only rejected rows or only warnings" };
        kind.AcceptOnlyFromAmong(IngestProblem.Rejected, IngestProblem.Warning);
        var limit = new Option<string?>("--limit") { Description = $"List at most this many (default {DefaultLimit:#,0})" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("problems", "List the rows ingests rejected and the warnings they gave, with file, line, field and reason") { file, kind, limit, format };
        command.SetAction(parse =>
        {
            var count = RequestValues.Count(parse.GetValue(limit), "limit") ?? DefaultLimit;
            var list = CliServices.Get<DataUseCase>(parse, db, console).Problems(new ProblemQuery(parse.GetValue(kind), parse.GetValue(file), count));
            ProblemsWriter.Write(console.Out, list.Problems, list.Truncated, parse.GetValue(format)!, parse.GetValue(file));
            return ExitCodes.Success;
        });
        return command;
    }
}
