using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Storage;

/// <summary>
/// The writes of one ingested file, in one transaction. Disposing without <see cref="Commit"/>
/// rolls everything back.
/// </summary>
public interface IFileWriter : IDisposable
{
    /// <summary>Stores the event; <paramref name="firstLine"/> is set for <see cref="UpsertOutcome.Duplicate"/>: the line of this file that stored the id first.</summary>
    UpsertOutcome Upsert(ConflictEvent e, long line, RawRecord raw, out long firstLine);

    void Reject(RowIssue issue, string raw);

    void Warn(RowIssue issue);

    /// <summary>Links this file's events to records of the same real event from other sources; returns the new links.</summary>
    int LinkAcrossSources();

    void Commit(IngestCounts counts);
}

public enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,

    /// <summary>An earlier row of the same file stored this id; nothing was written.</summary>
    Duplicate,
}
