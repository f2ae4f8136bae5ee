using System.Text.Json;
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

    public static void WriteJson(TextWriter output, IReadOnlyList<FileReport> reports, IReadOnlyList<(string File, string Message)> failures)
    {
        JsonFields.Document(output, json =>
        {
            json.WriteStartArray("files");
            foreach (var r in reports)
            {
                var c = r.Counts;
                json.WriteStartObject();
                json.WriteString("file", r.File);
                json.WriteString("source", r.Source.Code());
                json.WriteNumber("read", c.Read);
                json.WriteNumber("added", c.Added);
                json.WriteNumber("updated", c.Updated);
                json.WriteNumber("unchanged", c.Unchanged);
                json.WriteNumber("rejected", c.Rejected);
                json.WriteNumber("warnings", c.Warnings);
                json.WriteNumber("linked", c.Linked);
                json.WriteNumber("seconds", Math.Round(r.Elapsed.TotalSeconds, 3));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Issues(json, "rejects", reports.SelectMany(r => r.Rejects));
            Issues(json, "warnings", reports.SelectMany(r => r.Warnings));
            json.WriteStartArray("errors");
            foreach (var (file, message) in failures)
            {
                json.WriteStartObject();
                json.WriteString("file", file);
                json.WriteString("message", message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static void Issues(Utf8JsonWriter json, string name, IEnumerable<Sources.RowIssue> issues)
    {
        json.WriteStartArray(name);
        foreach (var issue in issues)
        {
            json.WriteStartObject();
            JsonFields.Issue(json, issue.File, issue.Line, issue.Field, issue.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
