using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// A prepared statement bound by position, prepared through SQLitePCL and then bound and stepped
/// with <see cref="NativeSqlite"/>'s direct calls. Bulk ingest binds 26 values per row; the
/// ADO.NET command looks each one up by name on every execution, while binding by index, with text
/// encoded to UTF-8 here, is several times cheaper. Used only on the ingest hot path, inside the
/// connection's open transaction.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _dbHandle, _handle; // raw pointers for NativeSqlite, valid while the SafeHandles above live
    private byte[] _utf8 = new byte[4096];

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _dbHandle = _db.DangerousGetHandle();
        _handle = _statement.DangerousGetHandle();
    }

    /// <summary>Binds a text value; null leaves the parameter NULL (see <see cref="ClearBindings"/>).</summary>
    public void Bind(int index, string? value)
    {
        if (value is not null)
        {
            // .NET's vectorised UTF-8 encoder is much faster than SQLite converting UTF-16 itself;
            // SQLite copies the bytes at bind time (SQLITE_TRANSIENT), so the buffer is reused.
            var length = Encode(value, 0);
            BindText(index, _utf8.AsSpan(0, length));
        }
    }

    /// <summary>
    /// Binds the parts joined by <paramref name="separator"/> (also before the first and after the
    /// last when <paramref name="enclosed"/>), each part's own separators made spaces; a null part
    /// is empty. The same text as <c>string.Join</c> would make, built in UTF-8 without a string.
    /// </summary>
    public void BindJoined(int index, ReadOnlySpan<string?> parts, char separator, bool enclosed = false)
    {
        // An ASCII separator is one byte in UTF-8 and never part of a longer sequence, so replacing
        // its byte in the encoded part replaces exactly its occurrences in the text.
        var sep = checked((byte)separator);
        var length = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0 || enclosed)
            {
                length = Put(sep, length);
            }

            var start = length;
            length = Encode(parts[i] ?? "", length);
            _utf8.AsSpan(start, length - start).Replace(sep, (byte)' ');
        }

        if (enclosed && parts.Length > 0)
        {
            length = Put(sep, length);
        }

        BindText(index, _utf8.AsSpan(0, length));
    }

    /// <summary>Encodes <paramref name="value"/> at <paramref name="offset"/> of the buffer, growing it; returns the new end.</summary>
    private int Encode(string value, int offset)
    {
        Reserve(offset + System.Text.Encoding.UTF8.GetMaxByteCount(value.Length));
        return offset + System.Text.Encoding.UTF8.GetBytes(value, _utf8.AsSpan(offset));
    }

    private int Put(byte value, int offset)
    {
        Reserve(offset + 1);
        _utf8[offset] = value;
        return offset + 1;
    }

    private void Reserve(int size)
    {
        if (size > _utf8.Length)
        {
            Array.Resize(ref _utf8, Math.Max(size, _utf8.Length * 2));
        }
    }

    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            Check(NativeSqlite.BindInt64(_handle, index, v));
        }
    }

    public void Bind(int index, double? value)
    {
        if (value is { } v)
        {
            Check(NativeSqlite.BindDouble(_handle, index, v));
        }
    }

    /// <summary>A date as yyyy-MM-dd, written straight as UTF-8 digits (the general formatter cost more than the bind).</summary>
    public void Bind(int index, DateOnly value)
    {
        if (value.Year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a year of more than four digits");
        }

        Span<byte> text = stackalloc byte[10];
        Digits(text[..4], value.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), value.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), value.Day);
        BindText(index, text);
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10)
        {
            into[i] = (byte)('0' + (value % 10));
        }
    }

    private unsafe void BindText(int index, ReadOnlySpan<byte> utf8)
    {
        // Not `fixed (byte* p = utf8)`: that gives null for an empty span, and SQLite binds a null
        // pointer as NULL rather than as an empty text.
        fixed (byte* p = &System.Runtime.InteropServices.MemoryMarshal.GetReference(utf8))
        {
            Check(NativeSqlite.BindText(_handle, index, p, utf8.Length, NativeSqlite.Transient));
        }
    }

    /// <summary>
    /// Sets every parameter to NULL. Bindings survive a reset, so a row binds only its non-null
    /// values after this, and values that never change can be bound once.
    /// </summary>
    public void ClearBindings() => Check(NativeSqlite.ClearBindings(_handle));

    /// <summary>Runs the statement and returns the number of rows it changed.</summary>
    public int Execute()
    {
        var rc = NativeSqlite.Step(_handle);
        _ = NativeSqlite.Reset(_handle); // repeats the step's error code, checked below
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            Check(rc);
        }

        return NativeSqlite.Changes(_dbHandle);
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
