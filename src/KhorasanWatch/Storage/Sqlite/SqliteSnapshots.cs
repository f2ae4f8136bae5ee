using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// Snapshots in the store's file: table <c>snapshots(kind, key, generation, data)</c>, created by the
/// first write (a cache, not part of the schema: a store without it reads as before). The
/// generation is the last ingest run's id when the snapshot was written; every ingest adds a run,
/// so a snapshot reads back only while no ingest (of this kwatch or an older one) has run since.
/// </summary>
internal static class SqliteSnapshots
{
    /// <summary>The snapshot's bytes read through SQLite's incremental blob I/O, buffered, never held whole.</summary>
    public static Stream? Open(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'snapshots'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        command.CommandText = "SELECT rowid FROM snapshots WHERE key = $key AND generation = (SELECT coalesce(max(id), 0) FROM ingest_runs)";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() is long rowid
            ? new BufferedStream(new SqliteBlob(connection, "snapshots", "data", rowid, readOnly: true), 1 << 16)
            : null;
    }

    public static void Write(SqliteConnection connection, string kind, string key, ReadOnlyMemory<byte> data, long generation)
    {
        using var tx = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        // The row is made with room for the bytes, which are then written into it in place: bound
        // as a parameter, they were copied whole into SQLite first.
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS snapshots(kind TEXT NOT NULL, key TEXT PRIMARY KEY, generation INTEGER NOT NULL, data BLOB NOT NULL);
            DELETE FROM snapshots WHERE kind = $kind;
            INSERT INTO snapshots(kind, key, generation, data) VALUES ($kind, $key, $generation, zeroblob($length))
            RETURNING rowid;
            """;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$length", data.Length);
        command.Parameters.AddWithValue("$generation", generation);
        var rowid = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        using (var blob = new SqliteBlob(connection, "snapshots", "data", rowid))
        {
            blob.Write(data.Span);
        }

        tx.Commit();
    }
}
