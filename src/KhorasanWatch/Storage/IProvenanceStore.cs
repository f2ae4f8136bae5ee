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
}

/// <summary>A row an ingest refused: the run, the file, its line, the field and why.</summary>
public sealed record RejectedRow(long RunId, string File, long Line, string Field, string Reason);
