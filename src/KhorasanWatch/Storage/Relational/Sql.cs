using System.Data.Common;
using System.Globalization;

namespace KhorasanWatch.Storage.Relational;

/// <summary>
/// Commands on either backend's connection (SQLite's or PostgreSQL's), for the tables both keep
/// alike: parameters are named <c>@name</c>, which both drivers read, and the SQL is the part of the
/// standard both speak (a quoted <c>"user"</c>, <c>RETURNING</c>, <c>ON CONFLICT</c>, <c>TRUE</c>).
/// </summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        Bind(command, parameters);
        return command;
    }

    public static void Bind(DbCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
    }

    public static int Run(DbConnection connection, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, tx, parameters);
        return command.ExecuteNonQuery();
    }

    public static long Scalar(DbConnection connection, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, tx, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static List<T> Read<T>(DbConnection connection, string sql, Func<DbDataReader, T> row, DbTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, tx, parameters);
        return Read(command, row);
    }

    public static List<T> Read<T>(DbCommand command, Func<DbDataReader, T> row)
    {
        using var r = command.ExecuteReader();
        var rows = new List<T>();
        while (r.Read())
        {
            rows.Add(row(r));
        }

        return rows;
    }

    /// <summary>
    /// Makes the transaction the only writer of <paramref name="table"/> until it ends, where the
    /// backend lets two write at once: a save that reads the last version and writes the next would
    /// otherwise give two writers the same number. SQLite has one writer per store already.
    /// </summary>
    public static void WriteAlone(DbConnection connection, DbTransaction tx, string table)
    {
        if (connection is Npgsql.NpgsqlConnection)
        {
            Run(connection, $"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE", tx);
        }
    }

    /// <summary>
    /// A transaction at READ COMMITTED on PostgreSQL whatever the server's default (the saves that
    /// take a table's lock, and the markings' insert-then-read, are written for it); SQLite's own.
    /// </summary>
    public static DbTransaction Begin(DbConnection connection) =>
        connection is Npgsql.NpgsqlConnection ? connection.BeginTransaction(System.Data.IsolationLevel.ReadCommitted) : connection.BeginTransaction();

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>A whole number as either driver returns it (SQLite: 64-bit; PostgreSQL: as declared).</summary>
    public static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    public static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static double? Real(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
}
