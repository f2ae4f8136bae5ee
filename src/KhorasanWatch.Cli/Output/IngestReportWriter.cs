using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Ingestion;

namespace KhorasanWatch.Cli.Output;

/// <summary>The ingest report, as text for people and as JSON (a contract: <c>files</c>, <c>rejects</c>, <c>warnings</c>, <c>errors</c>) for tools.</summary>
internal static class IngestReportWriter
{
    private const int RejectsShownAsText = 20;

    public static void WriteText(TextWriter output, IReadOnlyList<FileReport> reports)
    {
        foreach (var r in reports)
        {
            var c = r.Counts;
            output.WriteLine(
                $"{r.File} ({r.Source.Code()}): read {c.Read}, added {c.Added}, updated {c.Updated}, unchanged {c.Unchanged}, " +
                $"rejected {c.Rejected}, warnings {c.Warnings}, linked {c.Linked} in {r.Elapsed.TotalSeconds:0.0} s");
            foreach (var issue in r.Rejects.Take(RejectsShownAsText))
            {
                output.WriteLine($"  rejected {issue.File}:{issue.Line}: {TerminalText.Cell(issue.Field)}: {TerminalText.Cell(issue.Reason)}");
            }

            if (c.Rejected > RejectsShownAsText)
            {
                output.WriteLine($"  … and {c.Rejected - RejectsShownAsText} more rejected rows (kwatch problems lists them all from the store)");
            }

            foreach (var issue in r.Warnings.Take(RejectsShownAsText))
            {
                output.WriteLine($"  warning {issue.File}:{issue.Line}: {TerminalText.Cell(issue.Field)}: {TerminalText.Cell(issue.Reason)}");
            }

            if (c.Warnings > RejectsShownAsText)
            {
                output.WriteLine($"  … and {c.Warnings - RejectsShownAsText} more warnings (kwatch problems --kind warnings lists them all)");
            }
        }
    }
}
