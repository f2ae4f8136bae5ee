using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Storage;

/// <summary>
/// The writes of one ingested file, in one transaction. Disposing without <see cref="Commit"/>
/// rolls everything back.
/// </summary>
public interface IFileWriter : IDisposable
{
    UpsertOutcome Upsert(ConflictEvent e, long line, RawRecord raw);

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
}
