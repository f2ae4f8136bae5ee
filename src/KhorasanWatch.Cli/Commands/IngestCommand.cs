using System.CommandLine;
using System.Text;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.UseCases.Ingest;

namespace KhorasanWatch.Cli.Commands;

/// <summary><c>kwatch ingest FILE... [--source acled|ucdp|gtd] [--json] [--tlp LEVEL] [--owner ORG] [--release-to ORG,…] [--recipients USER,…]</c></summary>
internal static class IngestCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "ACLED, UCDP GED or GTD files (.csv, or .xlsx for GTD)" };
        var source = new Option<string?>("--source") { Description = "The dataset, when the header does not tell: acled, ucdp or gtd" };
        source.AcceptOnlyFromAmong("acled", "ucdp", "gtd");
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var profile = new Option<string?>("--profile") { Description = "A watch profile JSON file (default: the shipped ISKP profile)" };
        var encoding = EncodingOption.Create("Text encoding of CSV files");
        var marking = new MarkingOptions("the files' rows");
        var command = new Command("ingest", "Load event files into the store; a file is loaded whole or not at all") { files, source, json, profile, encoding };
        marking.AddTo(command);
        command.SetAction(parse => Run(
            command,
            console,
            parse.GetValue(db),
            parse.GetValue(files) ?? [],
            EventSourceNames.TryParse(parse.GetValue(source), out var s) ? s : null,
            parse.GetValue(json),
            parse.GetValue(profile),
            EncodingOption.Of(parse.GetValue(encoding)),
            marking.Read(parse)));
        return command;
    }

    private static int Run(Command command, CliConsole console, string? db, string[] files, EventSource? source, bool json, string? profilePath, Encoding? encoding, IngestMarking marking)
    {
        // The parser takes an unknown option for one more FILE; refuse it before anything is loaded.
        if (files.FirstOrDefault(f => f.StartsWith('-') && !File.Exists(f)) is { } unknown)
        {
            throw new UsageException($"{ParseErrors.UnknownOption(unknown, command)} (see kwatch ingest --help)");
        }

        var profile = profilePath is null ? null : IngestUseCase.ReadProfile(profilePath);
        var path = StoreOption.Resolve(db, console);
        var result = CliServices.Get<IngestUseCase>(path, console).Ingest(new IngestRequest(files, source, encoding, profile) { Marking = marking }, new IngestProgress(console, path, json));
        if (json)
        {
            console.Out.WriteLine(ContractDocuments.Ingest(result.Reports, [.. result.Refused.Select(r => (r.File, CliWords.Message(r)))]));
        }
        else
        {
            IngestReportWriter.WriteText(console.Out, result.Reports);
        }

        return result.Refused.Count > 0 ? ExitCodes.BadInput
            : result.Reports.Any(r => r.Counts.Rejected > 0) ? ExitCodes.RowsRejected
            : ExitCodes.Success;
    }
}
