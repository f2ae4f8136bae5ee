using System.CommandLine;
using System.Globalization;
using KhorasanWatch.Files;
using KhorasanWatch.Reporting.Pdf;
using KhorasanWatch.UseCases.Reports;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch report [--from DATE] [--to DATE] [--period quarter] --out report.html [--pdf report.pdf]
/// [--as-of DATE] [--tlp clear|green|amber|amber+strict|red]</c>: the assessment as one
/// self-contained HTML file, and on request a PDF printed by headless Chromium. The range defaults
/// to the three years to the actor's last event, the as-of day to the range's end, so the same
/// store and arguments give the same bytes. Every argument is checked before the store is read, and
/// the store must exist: a report only reads, so a mistyped --db is an error, not a new empty store.
/// </summary>
internal static class ReportCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var watch = new WatchOptions(db);
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD (default: three years before --to)" };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD (default: the actor's last event)" };
        var period = new Option<string>("--period") { Description = "Period of the report's tables", DefaultValueFactory = _ => "quarter", HelpName = string.Join('|', ReportUseCase.Periods) };
        var output = new Option<string>("--out") { Description = "The HTML file to write", Required = true };
        var pdf = new Option<string?>("--pdf") { Description = "Also print the report to this PDF with headless Chromium" };
        var asOf = new Option<string?>("--as-of") { Description = "The day the report speaks from, YYYY-MM-DD, not before the report's end (default: --to)" };
        var tlp = new Option<string>("--tlp") { Description = "TLP 2.0 marking", DefaultValueFactory = _ => "amber", HelpName = string.Join('|', ReportUseCase.Markings) };

        var command = new Command("report", "Write the threat assessment as a self-contained HTML file (and a PDF)") { from, to, period, output, pdf, asOf, tlp };
        watch.AddActorTo(command);
        command.SetAction(parse =>
        {
            // Every argument is checked before the store is read (the actor by Build, before it opens the store).
            var ask = ReportUseCase.Ask(parse.GetValue(from), parse.GetValue(to), parse.GetValue(period), parse.GetValue(asOf), parse.GetValue(tlp))
                with { ActorId = watch.Values(parse).Actor };
            var path = WritableFile(parse.GetValue(output)!, "--out", "report.html"); // Required.
            var pdfPath = parse.GetValue(pdf) is { } p ? WritableFile(p, "--pdf", "report.pdf") : null;
            Distinct(path, pdfPath, StoreOption.Resolve(parse.GetValue(db), console));
            var html = CliServices.Get<ReportUseCase>(parse, db, console).Html(ask);
            Write(path, html);
            console.Out.WriteLine($"Wrote {path} ({Size(path)}).");
            if (pdfPath is not null)
            {
                ChromiumPdfPrinter.Print(path, pdfPath);
                console.Out.WriteLine($"Wrote {pdfPath} ({Size(pdfPath)}).");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The full path of a file to write, refused when it is empty, names a folder or something other
    /// than a regular file (a device, a FIFO: renaming the report over it would replace it), or its
    /// folder does not exist. A symbolic link is followed to the file it names, which is what is written and reported.
    /// </summary>
    private static string WritableFile(string value, string option, string example)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new UsageException($"{option} is empty; give the file to write, e.g. {option} {example}");
        }

        var path = Path.GetFullPath(value);
        if (File.Exists(path) && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target)
        {
            path = target.FullName;
        }

        switch (FileIdentity.Kind(path))
        {
            case FileKind.Folder:
                throw new UsageException($"{option} {path} is a folder; give the file's name, e.g. {Path.Combine(path, example)}");
            case FileKind.Special:
                throw new UsageException($"{option} {path} is not a regular file (a device, a FIFO or a socket); kwatch writes reports only to files");
        }

        return Path.GetDirectoryName(path) is { } folder && Directory.Exists(folder)
            ? path
            : throw new UsageException($"{option} {path} cannot be written: the folder {Path.GetDirectoryName(path)} does not exist");
    }

    /// <summary>No output may be the store or the other output: writing the report there would destroy it. Compared by file identity.</summary>
    private static void Distinct(string html, string? pdf, string store)
    {
        if (FileIdentity.Same(html, store))
        {
            throw new UsageException($"--out {html} is the store; writing the report there would destroy it. Give another file, e.g. report.html");
        }

        if (pdf is not null && FileIdentity.Same(pdf, store))
        {
            throw new UsageException($"--pdf {pdf} is the store; writing the PDF there would destroy it. Give another file, e.g. report.pdf");
        }

        if (pdf is not null && FileIdentity.Same(html, pdf))
        {
            throw new UsageException($"--out and --pdf are the same file ({html}); the PDF would overwrite the HTML it is printed from. Give two files, e.g. report.html and report.pdf");
        }
    }

    /// <summary>Writes a file beside the target and renames it over: a reader never sees half a report, and a failed write leaves the old one.</summary>
    private static void Write(string path, string html)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            File.WriteAllText(partial, html, new System.Text.UTF8Encoding(false));
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--out {path} cannot be written: {e.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The written file's size: "812 bytes", "125 KB" (1 KB = 1,024 bytes).</summary>
    private static string Size(string path)
    {
        var bytes = new FileInfo(path).Length;
        return bytes < 1024
            ? Analysis.Statistics.Figures.Count(bytes, "byte")
            : $"{Math.Round(bytes / 1024.0).ToString("#,0", CultureInfo.InvariantCulture)} KB";
    }
}
