using System.CommandLine;
using System.Text;
using KhorasanWatch.Assessment;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.Geo;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Cli.Commands;

/// <summary><c>kwatch ingest FILE... [--source acled|ucdp|gtd] [--json]</c></summary>
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

        var command = new Command("ingest", "Load event files into the store; a file is loaded whole or not at all") { files, source, json, profile, encoding };
        command.SetAction(parse => Run(
            command,
            console,
            parse.GetValue(db),
            parse.GetValue(files) ?? [],
            EventSourceNames.TryParse(parse.GetValue(source), out var s) ? s : null,
            parse.GetValue(json),
            parse.GetValue(profile),
            EncodingOption.Of(parse.GetValue(encoding))));
        return command;
    }

    private static int Run(Command command, CliConsole console, string? db, string[] files, EventSource? source, bool json, string? profilePath, Encoding? encoding)
    {
        // The parser takes an unknown option for one more FILE; refuse it before anything is loaded.
        if (files.FirstOrDefault(f => f.StartsWith('-') && !File.Exists(f)) is { } unknown)
        {
            throw new UsageException($"{ParseErrors.UnknownOption(unknown, command)} (see kwatch ingest --help)");
        }

        var profile = profilePath is null ? WatchProfile.Iskp : LoadProfile(profilePath);
        var path = StoreOption.Resolve(db, console);
        var created = !File.Exists(path);
        var stored = false;
        try
        {
            return Load(console, path, files, source, json, profile, encoding, out stored);
        }
        finally
        {
            // A store this run created and left empty (every file refused, or a crash) is not left behind a failed command.
            if (created && !stored)
            {
                StoreOption.Remove(path);
            }
        }
    }

    private static int Load(CliConsole console, string path, string[] files, EventSource? source, bool json, WatchProfile profile, Encoding? encoding, out bool stored)
    {
        stored = false;
        using var store = StoreOption.Open(path, console);
        var boundaries = store.LoadBoundaries();
        var ingestor = new Ingestor(store, profile, Gazetteer.Default, boundaries.Count > 0 ? new ProvinceLocator(boundaries) : null);
        var progress = new IngestProgress(console);

        var reports = new List<FileReport>();
        var failures = new List<(string File, string Message)>();
        foreach (var file in files)
        {
            try
            {
                var report = progress.Track(file, update => ingestor.Ingest(file, source, encoding, update));
                reports.Add(report);
            }
            catch (SourceFormatException e)
            {
                failures.Add((file, e.Message));
                if (!json)
                {
                    console.Error.WriteLine($"kwatch: {e.Message}");
                }
            }
        }

        stored = reports.Any(r => r.Counts.Added + r.Counts.Updated + r.Counts.Unchanged > 0);
        if (reports.Count > 0)
        {
            WatchData.Refresh(store); // what the reading verbs load, for the events as they now are
        }

        if (json)
        {
            IngestReportWriter.WriteJson(console.Out, reports, failures);
        }
        else
        {
            IngestReportWriter.WriteText(console.Out, reports);
        }

        return failures.Count > 0 ? ExitCodes.BadInput
            : reports.Any(r => r.Counts.Rejected > 0) ? ExitCodes.RowsRejected
            : ExitCodes.Success;
    }

    private static WatchProfile LoadProfile(string path)
    {
        using var stream = SourceFiles.OpenRead(path);
        SourceFiles.CheckJsonSize(stream, path);
        return WatchProfileReader.Read(stream, path);
    }
}
