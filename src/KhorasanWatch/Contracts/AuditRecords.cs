using KhorasanWatch.Coalition;

namespace KhorasanWatch.Contracts;

/// <summary><c>kwatch audit --format json</c>: <c>{"entries": [...]}</c>, the newest first (docs/coalition.md, "Audit").</summary>
public sealed record AuditLogRecord(IReadOnlyList<AuditEntryRecord> Entries)
{
    public static AuditLogRecord Of(IReadOnlyList<AuditEntry> entries) => new([.. entries.Select(AuditEntryRecord.Of)]);
}

/// <summary>One entry: its id, when (UTC, ISO 8601), who and of which organisation, what was asked, how it ended, from where.</summary>
public sealed record AuditEntryRecord(long Id, string At, string User, string Organisation, string Action, string Detail, string Outcome, string Origin)
{
    public static AuditEntryRecord Of(AuditEntry e) =>
        new(e.Id, e.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), e.User, e.Organisation, e.Action, e.Detail, e.Outcome, e.Origin);
}
