using KhorasanWatch.Coalition;
using KhorasanWatch.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// The audit log in SQLite: a file of its own beside the store (<see cref="PathOf"/>), so that
/// appending an entry never waits for the store's readers, nor makes new readers wait behind it (in
/// rollback-journal mode a writer blocks new readers while it waits for the old ones: one slow
/// export would have held every request, and dropped their entries). Triggers keep its one table
/// append-only from any connection; the table and its reads are <see cref="StoreAudit"/>'s.
/// </summary>
internal static class SqliteAudit
{
    /// <summary>The log's file: the store's path with <c>-audit</c> after it, as SQLite names a store's journal.</summary>
    public static string PathOf(string store) => store + "-audit";

    private const string Schema = $"""
        CREATE TABLE IF NOT EXISTS audit(
          id INTEGER PRIMARY KEY, at TEXT NOT NULL, "user" TEXT NOT NULL, organisation TEXT NOT NULL, action TEXT NOT NULL,
          detail TEXT NOT NULL, outcome TEXT NOT NULL, origin TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS audit_user ON audit("user", id);
        CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, '{StoreAudit.AppendOnly}'); END;
        CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, '{StoreAudit.AppendOnly}'); END;
        """;

    public static AuditEntry Append(string store, AuditEntry e)
    {
        using var connection = Open(store, SqliteOpenMode.ReadWriteCreate);
        SqliteMigrations.Execute(connection, "PRAGMA synchronous=NORMAL;");
        SqliteMigrations.Execute(connection, Schema);
        return StoreAudit.Append(connection, e);
    }

    /// <summary>The entries asked for, newest first; none when the store has no log yet.</summary>
    public static IReadOnlyList<AuditEntry> Log(string store, AuditQuery q)
    {
        if (!File.Exists(PathOf(store)))
        {
            return [];
        }

        using var connection = Open(store, SqliteOpenMode.ReadOnly);
        return StoreAudit.Log(connection, q);
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
