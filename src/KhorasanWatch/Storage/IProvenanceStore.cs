namespace KhorasanWatch.Storage;

/// <summary>Where every stored figure came from: the source's own record of an event, its earlier versions, and the rows an ingest refused.</summary>
public interface IProvenanceStore
{
    /// <summary>The raw source row an event was read from, as the source file had it; null for an unknown id.</summary>
    string? RawRow(string id);

    /// <summary>Earlier versions of one event, oldest first, with their raw source rows.</summary>
    IReadOnlyList<(int Version, string Raw)> History(string id);

    /// <summary>The rejected rows of the most recent ingests, newest first.</summary>
    IReadOnlyList<RejectedRow> Rejects(int limit = 1000);

    /// <summary>The ingest runs that loaded the store, newest first: each file, when, and what it did.</summary>
    IReadOnlyList<IngestRun> IngestRuns(int limit = 100);
}

/// <summary>One ingest of one file: its number, the file as named, the source read, when it started (UTC, ISO 8601) and its counts.</summary>
public sealed record IngestRun(long Id, string File, string Source, string StartedAt, long Read, long Added, long Updated, long Unchanged, long Rejected, long Warnings, long Linked);

/// <summary>A row an ingest refused: the run, the file, its line, the field and why.</summary>
public sealed record RejectedRow(long RunId, string File, long Line, string Field, string Reason);
