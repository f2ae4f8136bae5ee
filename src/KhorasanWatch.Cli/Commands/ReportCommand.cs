using System.CommandLine;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Reporting;
using KhorasanWatch.Reporting.Html;
using KhorasanWatch.Reporting.Pdf;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch report [--from DATE] [--to DATE] [--period quarter] --out report.html [--pdf report.pdf]
/// [--as-of DATE] [--tlp clear|green|amber|amber+strict|red]</c>: the assessment as one
/// self-contained HTML file, and on request a PDF printed by headless Chromium. The range defaults
/// to the three years to the actor's last event, the as-of day to the range's end, so the same
/// store and arguments give the same bytes.
/// </summary>
internal static class ReportCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var watch = new WatchOptions(db);
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD (default: three years before --to)" };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD (default: the actor's last event)" };
        var period = new Option<string>("--period") { Description = "Period of the report's tables", DefaultValueFactory = _ => "quarter" };
        period.AcceptOnlyFromAmong("month", "quarter", "year");
        var output = new Option<string>("--out") { Description = "The HTML file to write", Required = true };
        var pdf = new Option<string?>("--pdf") { Description = "Also print the report to this PDF with headless Chromium" };
        var asOf = new Option<string?>("--as-of") { Description = "The day the report speaks from, YYYY-MM-DD (default: --to)" };
        var tlp = new Option<string>("--tlp") { Description = "TLP 2.0 marking", DefaultValueFactory = _ => "amber" };
        tlp.AcceptOnlyFromAmong("clear", "green", "amber", "amber+strict", "red");

        var command = new Command("report", "Write the threat assessment as a self-contained HTML file (and a PDF)") { from, to, period, output, pdf, asOf, tlp };
        watch.AddTo(command);
        command.SetAction(parse =>
        {
            var actorId = watch.ActorId(parse);
            var first = Arguments.Date(parse.GetValue(from), "--from");
            var last = Arguments.Date(parse.GetValue(to), "--to");
            var day = Arguments.Date(parse.GetValue(asOf), "--as-of");
            _ = TlpLevels.TryParse(parse.GetValue(tlp), out var marking); // Restricted to the TLP names above.
            var inputs = watch.LoadForReport(parse, console, actorId);
            var end = last ?? inputs.Data.LastEvent!.Value; // LoadForReport refuses a store without the actor's events.
            var start = first ?? new DateOnly(end.Year - 3, ((end.Month - 1) / 3 * 3) + 1, 1);
            Arguments.CheckOrder(start, end);

            var request = new ReportRequest(
                actorId, actorId.ToUpperInvariant(), start, end, Enum.Parse<PeriodKind>(parse.GetValue(period)!, ignoreCase: true), day ?? end, marking);
            var html = ReportHtml.Render(ReportBuilder.Build(inputs.Data, inputs.OtherActors, inputs.Boundaries, inputs.Claims, inputs.Matrix, request));
            var path = Path.GetFullPath(parse.GetValue(output)!); // Required.
            if (Directory.Exists(path))
            {
                throw new UsageException($"--out {path} is a folder; give the report's file name, e.g. {Path.Combine(path, "report.html")}");
            }

            File.WriteAllText(path, html, new System.Text.UTF8Encoding(false));
            console.Out.WriteLine($"Wrote {path} ({html.Length / 1024:N0} KB).");
            if (parse.GetValue(pdf) is { } pdfPath)
            {
                var target = Path.GetFullPath(pdfPath);
                ChromiumPdfPrinter.Print(path, target);
                console.Out.WriteLine($"Wrote {target} ({new FileInfo(target).Length / 1024:N0} KB).");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
