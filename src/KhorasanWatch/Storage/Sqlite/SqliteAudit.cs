using System.Globalization;
using System.Text;
using KhorasanWatch.Coalition;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>The audit log in SQLite (schema 8): one table that triggers keep append-only.</summary>
internal static class SqliteAudit
{
    public static AuditEntry Append(SqliteConnection connection, AuditEntry e)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO audit(at, user, organisation, action, detail, outcome, origin) VALUES ($at, $user, $org, $action, $detail, $outcome, $origin) RETURNING id";
        SqliteUsers.Bind(command, ("$at", SqliteUsers.Time(e.At)), ("$user", e.User), ("$org", e.Organisation), ("$action", e.Action), ("$detail", e.Detail), ("$outcome", e.Outcome), ("$origin", e.Origin));
        return e with { Id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) };
    }

    public static IReadOnlyList<AuditEntry> Log(SqliteConnection connection, AuditQuery q)
    {
        var sql = new StringBuilder("SELECT id, at, user, organisation, action, detail, outcome, origin FROM audit WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        if (q.Since is { } since)
        {
            sql.Append(" AND at >= $since");
            parameters.Add(("$since", SqliteUsers.Time(since)));
        }

        if (q.User is { } user)
        {
            sql.Append(" AND user = $user");
            parameters.Add(("$user", user));
        }

        if (q.Action is { } action)
        {
            sql.Append(" AND (action = $action OR action LIKE $prefix ESCAPE '\\')");
            parameters.Add(("$action", action));
            parameters.Add(("$prefix", action.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + " %"));
        }

        sql.Append(" ORDER BY id DESC LIMIT $limit");
        parameters.Add(("$limit", q.Limit));
        return SqliteUsers.Read(connection, sql.ToString(), r => new AuditEntry(
            r.GetInt64(0), SqliteUsers.Time(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)), [.. parameters]);
    }
}
