using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Ingestion;

/// <summary>
/// The outcome of ingesting one file. <see cref="Rejects"/> and <see cref="Warnings"/> hold the first
/// <see cref="Ingestor.MaxRejectsReported"/> of each; the store keeps them all.
/// </summary>
public sealed record FileReport(string File, EventSource Source, IngestCounts Counts, IReadOnlyList<RowIssue> Rejects, TimeSpan Elapsed)
{
    public IReadOnlyList<RowIssue> Warnings { get; init; } = [];
}
