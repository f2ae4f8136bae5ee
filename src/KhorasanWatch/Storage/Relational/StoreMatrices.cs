using System.Data.Common;
using static KhorasanWatch.Storage.Relational.Sql;

namespace KhorasanWatch.Storage.Relational;

/// <summary>Saved ACH matrices, in either backend: every save a new version.</summary>
internal static class StoreMatrices
{
    public static int Save(DbConnection connection, string name, string json, string change, DateTimeOffset savedAt, Coalition.Marking marking)
    {
        using var tx = Begin(connection);
        WriteAlone(connection, tx, "ach_matrices");
        var markingId = StoreMarkings.IdOf(connection, tx, marking);
        var version = (int)Scalar(connection, """
            INSERT INTO ach_matrices(name, version, saved_at, change, matrix, marking)
            VALUES (@name, (SELECT COALESCE(MAX(version), 0) + 1 FROM ach_matrices WHERE name = @name), @saved, @change, @json, @marking)
            RETURNING version
            """, tx, ("@marking", markingId), ("@name", name), ("@saved", savedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)), ("@change", change), ("@json", json));
        tx.Commit();
        return version;
    }

    /// <summary>The latest version <paramref name="seen"/> allows.</summary>
    public static SavedMatrix? Latest(DbConnection connection, string name, Visibility seen) =>
        One(connection, name, $"SELECT version, saved_at, change, matrix FROM ach_matrices WHERE name = @name AND {seen.Condition("marking")} ORDER BY version DESC LIMIT 1", null);

    public static SavedMatrix? Version(DbConnection connection, string name, int version, Visibility seen) =>
        One(connection, name, $"SELECT version, saved_at, change, matrix FROM ach_matrices WHERE name = @name AND version = @version AND {seen.Condition("marking")}", version);

    private static SavedMatrix? One(DbConnection connection, string name, string sql, int? version)
    {
        var parameters = version is { } v ? new[] { ("@name", (object?)name), ("@version", v) } : [("@name", name)];
        var found = Read(connection, sql, r => new SavedMatrix(name, Int(r, 0), Time(r.GetString(1)), r.GetString(2), r.GetString(3)), null, parameters);
        return found.Count == 0 ? null : found[0];
    }
}
