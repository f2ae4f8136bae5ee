using KhorasanWatch.Coalition;

namespace KhorasanWatch.Storage;

/// <summary>
/// The store's audit log (docs/coalition.md, "Audit"): appended to, read, never changed. It is kept
/// apart from the events (SQLite: a file beside the store's), so appending works on a store opened
/// to read and never waits for its readers.
/// </summary>
public interface IAuditStore
{
    /// <summary>Appends an entry (its <see cref="AuditEntry.Id"/> is ignored) and gives it back with the id the log gave it.</summary>
    AuditEntry AppendAudit(AuditEntry entry);

    /// <summary>The entries <paramref name="query"/> asks for, the newest first.</summary>
    IReadOnlyList<AuditEntry> AuditLog(AuditQuery query);
}
