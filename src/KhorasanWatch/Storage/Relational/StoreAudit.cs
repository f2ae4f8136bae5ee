using System.Data.Common;
using System.Text;
using KhorasanWatch.Coalition;
using static KhorasanWatch.Storage.Relational.Sql;

namespace KhorasanWatch.Storage.Relational;

/// <summary>
/// The audit log's one table, in either backend: entries appended and read, never changed (each
/// backend's schema refuses UPDATE and DELETE on it; the database's owner, who may drop a trigger,
/// is the one party it cannot hold to that).
/// </summary>
internal static class StoreAudit
{
    /// <summary>The message both backends' guards give a change of the log.</summary>
    public const string AppendOnly = "the audit log is append-only";

    public static AuditEntry Append(DbConnection connection, AuditEntry e) =>
        e with
        {
            Id = Scalar(connection, "INSERT INTO audit(at, \"user\", organisation, action, detail, outcome, origin) VALUES (@at, @user, @org, @action, @detail, @outcome, @origin) RETURNING id", null,
                ("@at", Time(e.At)), ("@user", e.User), ("@org", e.Organisation), ("@action", e.Action), ("@detail", e.Detail), ("@outcome", e.Outcome), ("@origin", e.Origin)),
        };

    /// <summary>The entries asked for, newest first. Actions match without regard to (ASCII) case.</summary>
    public static IReadOnlyList<AuditEntry> Log(DbConnection connection, AuditQuery q)
    {
        var sql = new StringBuilder("SELECT id, at, \"user\", organisation, action, detail, outcome, origin FROM audit WHERE TRUE");
        var parameters = new List<(string, object?)>();
        if (q.Since is { } since)
        {
            sql.Append(" AND at >= @since");
            parameters.Add(("@since", Time(new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))));
        }

        if (q.User is { } user)
        {
            sql.Append(" AND \"user\" = @user");
            parameters.Add(("@user", user));
        }

        if (q.Action is { } action)
        {
            // A first word takes its sub-verbs: "user" matches "user add".
            sql.Append(" AND (lower(action) LIKE @action ESCAPE '\\' OR lower(action) LIKE @prefix ESCAPE '\\')");
            var escaped = Lower(action).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            parameters.Add(("@action", escaped));
            parameters.Add(("@prefix", escaped + " %"));
        }

        sql.Append(" ORDER BY id DESC LIMIT @limit");
        parameters.Add(("@limit", q.Limit));
        return Read(connection, sql.ToString(), r => new AuditEntry(
            Long(r, 0), Time(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)), null, [.. parameters]);
    }

    /// <summary>ASCII letters folded, as both backends' lower() folds them (SQLite's folds no others).</summary>
    private static string Lower(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(t[i]) ? (char)(t[i] + 32) : t[i];
        }
    });
}
