using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Ingestion;

/// <summary>
/// The outcome of ingesting one file. <see cref="Rejects"/> holds the first
/// <see cref="Ingestor.MaxRejectsReported"/> rejections; the store keeps them all.
/// </summary>
public sealed record FileReport(string File, EventSource Source, IngestCounts Counts, IReadOnlyList<RowIssue> Rejects, TimeSpan Elapsed);
