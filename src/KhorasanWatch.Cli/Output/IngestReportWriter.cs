using System.Text.Json;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Ingestion;

namespace KhorasanWatch.Cli.Output;

/// <summary>The ingest report, as text for people and as JSON (a contract: <c>files</c> and <c>rejects</c>) for tools.</summary>
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
                output.WriteLine($"  rejected {issue.File}:{issue.Line}: {issue.Field}: {issue.Reason}");
            }

            if (c.Rejected > RejectsShownAsText)
            {
                output.WriteLine($"  … and {c.Rejected - RejectsShownAsText} more rejected rows (all are kept in the store's rejects table; --json lists up to {Ingestor.MaxRejectsReported})");
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
            json.WriteStartArray("rejects");
            foreach (var issue in reports.SelectMany(r => r.Rejects))
            {
                json.WriteStartObject();
                json.WriteString("file", issue.File);
                json.WriteNumber("line", issue.Line);
                json.WriteString("field", issue.Field);
                json.WriteString("reason", issue.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
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
}
