using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>Saved ACH matrices in SQLite: every save a new version.</summary>
internal static class SqliteMatrices
{
    public static int Save(SqliteConnection connection, string name, string json, string change, DateTimeOffset savedAt, Coalition.Marking marking)
    {
        using var tx = connection.BeginTransaction();
        var markingId = SqliteMarkings.IdOf(connection, tx, marking);
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            INSERT INTO ach_matrices(name, version, saved_at, change, matrix, marking)
            VALUES ($name, (SELECT COALESCE(MAX(version), 0) + 1 FROM ach_matrices WHERE name = $name), $saved, $change, $json, $marking)
            RETURNING version
            """;
        command.Parameters.AddWithValue("$marking", markingId);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$saved", savedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$change", change);
        command.Parameters.AddWithValue("$json", json);
        var version = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        tx.Commit();
        return version;
    }

    /// <summary>The latest version <paramref name="seen"/> allows.</summary>
    public static SavedMatrix? Latest(SqliteConnection connection, string name, Visibility seen) =>
        One(connection, name, $"SELECT version, saved_at, change, matrix FROM ach_matrices WHERE name = $name AND {seen.Condition("marking")} ORDER BY version DESC LIMIT 1", null);

    public static SavedMatrix? Version(SqliteConnection connection, string name, int version, Visibility seen) =>
        One(connection, name, $"SELECT version, saved_at, change, matrix FROM ach_matrices WHERE name = $name AND version = $version AND {seen.Condition("marking")}", version);

    private static SavedMatrix? One(SqliteConnection connection, string name, string sql, int? version)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$name", name);
        if (version is { } v)
        {
            command.Parameters.AddWithValue("$version", v);
        }

        using var r = command.ExecuteReader();
        return r.Read()
            ? new SavedMatrix(name, r.GetInt32(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3))
            : null;
    }
}
