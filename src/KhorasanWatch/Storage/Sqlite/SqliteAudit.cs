using System.Globalization;
using System.Text;
using KhorasanWatch.Coalition;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// The audit log in SQLite: a file of its own beside the store (<see cref="PathOf"/>), so that
/// appending an entry never waits for the store's readers, nor makes new readers wait behind it (in
/// rollback-journal mode a writer blocks new readers while it waits for the old ones: one slow
/// export would have held every request, and dropped their entries). Triggers keep its one table
/// append-only from any connection.
/// </summary>
internal static class SqliteAudit
{
    /// <summary>The log's file: the store's path with <c>-audit</c> after it, as SQLite names a store's journal.</summary>
    public static string PathOf(string store) => store + "-audit";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS audit(
          id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, organisation TEXT NOT NULL, action TEXT NOT NULL,
          detail TEXT NOT NULL, outcome TEXT NOT NULL, origin TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS audit_user ON audit(user, id);
        CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """;

    public static AuditEntry Append(string store, AuditEntry e)
    {
        using var connection = Open(store, SqliteOpenMode.ReadWriteCreate);
        SqliteMigrations.Execute(connection, "PRAGMA synchronous=NORMAL;");
        SqliteMigrations.Execute(connection, Schema);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO audit(at, user, organisation, action, detail, outcome, origin) VALUES ($at, $user, $org, $action, $detail, $outcome, $origin) RETURNING id";
        SqliteUsers.Bind(command, ("$at", SqliteUsers.Time(e.At)), ("$user", e.User), ("$org", e.Organisation), ("$action", e.Action), ("$detail", e.Detail), ("$outcome", e.Outcome), ("$origin", e.Origin));
        return e with { Id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) };
    }

    /// <summary>The entries asked for, newest first; none when the store has no log yet. Actions match without regard to case.</summary>
    public static IReadOnlyList<AuditEntry> Log(string store, AuditQuery q)
    {
        if (!File.Exists(PathOf(store)))
        {
            return [];
        }

        using var connection = Open(store, SqliteOpenMode.ReadOnly);
        var sql = new StringBuilder("SELECT id, at, user, organisation, action, detail, outcome, origin FROM audit WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        if (q.Since is { } since)
        {
            sql.Append(" AND at >= $since");
            parameters.Add(("$since", SqliteUsers.Time(new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))));
        }

        if (q.User is { } user)
        {
            sql.Append(" AND user = $user");
            parameters.Add(("$user", user));
        }

        if (q.Action is { } action)
        {
            // A first word takes its sub-verbs: "user" matches "user add"; LIKE folds ASCII case, as the methods need.
            sql.Append(" AND (action LIKE $action ESCAPE '\\' OR action LIKE $prefix ESCAPE '\\')");
            var escaped = action.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            parameters.Add(("$action", escaped));
            parameters.Add(("$prefix", escaped + " %"));
        }

        sql.Append(" ORDER BY id DESC LIMIT $limit");
        parameters.Add(("$limit", q.Limit));
        return SqliteUsers.Read(connection, sql.ToString(), r => new AuditEntry(
            r.GetInt64(0), SqliteUsers.Time(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)), [.. parameters]);
    }

    private static SqliteConnection Open(string store, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = PathOf(store),
            Pooling = false,
            Mode = mode,
            DefaultTimeout = SqliteEventStore.BusySeconds,
        }.ToString());
        connection.Open();
        return connection;
    }
}
