using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// A prepared statement bound by position through SQLitePCL directly. Bulk ingest spends most of
/// its time binding ~40 parameters per row, and the ADO.NET command looks each one up by name on
/// every execution; binding by index, with strings encoded to UTF-8 here, is several times cheaper. Used only on the ingest hot path,
/// inside the connection's open transaction.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[4096];

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds a text value; null leaves the parameter NULL (see <see cref="ClearBindings"/>).</summary>
    public void Bind(int index, string? value)
    {
        if (value is not null)
        {
            // .NET's vectorised UTF-8 encoder is much faster than SQLite converting UTF-16 itself;
            // SQLite copies the bytes at bind time (SQLITE_TRANSIENT), so the buffer is reused.
            var needed = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
            if (needed > _utf8.Length)
            {
                _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
            }

            var length = System.Text.Encoding.UTF8.GetBytes(value, _utf8);
            Check(raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length)));
        }
    }

    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            Check(raw.sqlite3_bind_int64(_statement, index, v));
        }
    }

    public void Bind(int index, double? value)
    {
        if (value is { } v)
        {
            Check(raw.sqlite3_bind_double(_statement, index, v));
        }
    }

    /// <summary>A date as yyyy-MM-dd, formatted straight to UTF-8.</summary>
    public void Bind(int index, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        value.TryFormat(text, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text(_statement, index, text[..written]));
    }

    /// <summary>
    /// Sets every parameter to NULL. Bindings survive a reset, so a row binds only its non-null
    /// values after this, and values that never change can be bound once.
    /// </summary>
    public void ClearBindings() => Check(raw.sqlite3_clear_bindings(_statement));

    /// <summary>Runs the statement and returns the number of rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            Check(rc);
        }

        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
        }
    }
}
