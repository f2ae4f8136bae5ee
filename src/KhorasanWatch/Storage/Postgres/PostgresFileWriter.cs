using System.Globalization;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage.Relational;
using KhorasanWatch.Storage.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace KhorasanWatch.Storage.Postgres;

/// <summary>
/// Writes one file's rows into PostgreSQL in one transaction, as the SQLite writer does: a new id is
/// added, an unchanged row left alone (but for its marking), a changed one updated with its previous
/// version archived. Rows to write are sent in batches by binary COPY; nothing of the file is
/// visible to another connection until it commits, and a writer disposed without committing
/// rolls everything back.
/// </summary>
internal sealed class PostgresFileWriter : IFileWriter
{
    private const int Batch = 4_096;

    /// <summary>The advisory lock of ingests: "kwin" in ASCII.</summary>
    private const long IngestLock = 0x6b77696e;

    private static readonly string Columns = string.Join(", ", EventColumns.Names) + ", dataset";

    private readonly NpgsqlConnection _connection;
    private readonly System.Data.Common.DbTransaction _tx;
    private readonly EventSource _source;
    private readonly EventLinkRule _linkRule;
    private readonly long _runId;
    private readonly long _marking;

    /// <summary>Whether the store held any event before this file: a first load needs no look-up per row.</summary>
    private readonly bool _storeHadEvents;

    /// <summary>The line of this file that first delivered each id: a second row with it is a duplicate.</summary>
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);
    private readonly List<(ConflictEvent Event, long Block, RawRecord Raw, long Line, int Version, bool Linkable)> _pending = [];
    private readonly LinkExtents _linkable = new();
    private readonly NpgsqlCommand _find, _remark, _archive, _delete, _storeBlock, _dropBlock, _reject, _warn;
    private RawBlock? _block;
    private long _blockId;
    private bool _blockUsed;

    public PostgresFileWriter(NpgsqlConnection connection, string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, Coalition.Marking marking)
    {
        _connection = connection;
        _source = source;
        _linkRule = linkRule;
        _tx = Sql.Begin(connection);
        // One file's ingest at a time, as SQLite has one writer: the look-ups, versions and links of a
        // file read the store as no other file is changing it. Readers are not held up.
        Sql.Run(connection, $"SELECT pg_advisory_xact_lock({IngestLock})", _tx);
        _marking = StoreMarkings.IdOf(connection, _tx, marking);
        _runId = Sql.Scalar(connection, "INSERT INTO ingest_runs(path, source, started_at, marking) VALUES (@p, @s, @t, @m) RETURNING id", _tx,
            ("@p", Text(path)), ("@s", source.Code()), ("@t", startedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)), ("@m", _marking));
        _storeHadEvents = Sql.Read(connection, "SELECT EXISTS(SELECT 1 FROM events)", r => r.GetBoolean(0), _tx)[0];
        _find = Command("SELECT content_hash, version, marking FROM events WHERE id = @id", ("@id", ""));
        _remark = Command("UPDATE events SET marking = @m WHERE id = @id", ("@id", ""), ("@m", _marking));
        _archive = Command("""
            INSERT INTO event_versions(id, version, raw_block, raw_index, content_hash, run_id, line, replaced_by_run)
            SELECT id, version, raw_block, raw_index, content_hash, run_id, line, @run FROM events WHERE id = @id
            ON CONFLICT DO NOTHING
            """, ("@id", ""), ("@run", _runId));
        _delete = Command("DELETE FROM events WHERE id = @id", ("@id", ""));
        _storeBlock = Command("INSERT INTO raw_blocks(run_id, row_count, data) VALUES (@run, @n, @d) RETURNING id", ("@run", _runId), ("@n", 0), ("@d", Array.Empty<byte>()));
        _dropBlock = Command("DELETE FROM raw_blocks WHERE id = @id", ("@id", 0L));
        _reject = Command("INSERT INTO rejects(run_id, file, line, field, reason, raw) VALUES (@run, @f, @l, @fd, @r, @raw)",
            ("@run", _runId), ("@f", ""), ("@l", 0L), ("@fd", ""), ("@r", ""), ("@raw", ""));
        _warn = Command("INSERT INTO warnings(run_id, file, line, field, reason) VALUES (@run, @f, @l, @fd, @r)",
            ("@run", _runId), ("@f", ""), ("@l", 0L), ("@fd", ""), ("@r", ""));
        if (_storeHadEvents)
        {
            // Run once per row of a file into a loaded store: planned once, on the server.
            _find.Prepare();
        }
    }

    public UpsertOutcome Upsert(ConflictEvent e, long line, RawRecord raw, out long firstLine)
    {
        var id = Text(e.Id)!; // as stored: an id is never null
        if (_lines.TryGetValue(id, out firstLine))
        {
            return UpsertOutcome.Duplicate;
        }

        firstLine = 0;
        _lines[id] = line;
        var outcome = UpsertOutcome.Added;
        var version = 1;
        if (_storeHadEvents && Stored(id) is var (hash, storedVersion, storedMarking))
        {
            if (hash == raw.ContentHash)
            {
                if (storedMarking != _marking)
                {
                    Run(_remark, id);
                }

                return UpsertOutcome.Unchanged;
            }

            Run(_archive, id);
            Run(_delete, id);
            (outcome, version) = (UpsertOutcome.Updated, storedVersion + 1);
        }

        var linkable = _linkRule.IsLinkable(e);
        _pending.Add((e, BlockId(raw.Block), raw, line, version, linkable));
        _blockUsed = true;
        if (linkable)
        {
            _linkable.Add(e.Country, e.Date);
        }

        if (_pending.Count >= Batch)
        {
            Flush();
        }

        return outcome;
    }

    private (long Hash, int Version, long Marking)? Stored(string id)
    {
        _find.Parameters[0].Value = id;
        using var r = _find.ExecuteReader();
        return r.Read() ? (r.GetInt64(0), r.GetInt32(1), r.GetInt64(2)) : null;
    }

    private static void Run(NpgsqlCommand command, string id)
    {
        command.Parameters[0].Value = id;
        command.ExecuteNonQuery();
    }

    /// <summary>Writes the pending rows by binary COPY.</summary>
    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        using (var copy = _connection.BeginBinaryImport($"COPY events({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (e, block, raw, line, version, linkable) in _pending)
            {
                copy.StartRow();
                copy.Write(Text(e.Id)!, NpgsqlDbType.Text);
                copy.Write(e.Source.Code(), NpgsqlDbType.Text);
                copy.Write(Day(e.Date.Start), NpgsqlDbType.Text);
                copy.Write(Day(e.Date.End), NpgsqlDbType.Text);
                copy.Write(EventColumns.PrecisionCode(e.Date.Precision), NpgsqlDbType.Text);
                copy.Write(Text(e.Country), NpgsqlDbType.Text);
                Nullable(copy, Text(e.Admin1));
                Nullable(copy, e.Latitude);
                Nullable(copy, e.Longitude);
                copy.Write(e.EventType.Code(), NpgsqlDbType.Text);
                copy.Write(ActorIds(e.ActorIds), NpgsqlDbType.Text);
                copy.Write(e.Role.Code(), NpgsqlDbType.Text);
                copy.Write(e.Attribution.Code(), NpgsqlDbType.Text);
                Nullable(copy, e.TargetCategory?.Id());
                Nullable(copy, e.Fatalities.Best);
                Nullable(copy, e.Fatalities.Low);
                Nullable(copy, e.Fatalities.High);
                copy.Write(EventFlags.Of(e), NpgsqlDbType.Bigint);
                copy.Write(Text(EventDetails.Pack(e)), NpgsqlDbType.Text);
                copy.Write(block, NpgsqlDbType.Bigint);
                copy.Write(raw.Index, NpgsqlDbType.Integer);
                copy.Write(raw.ContentHash, NpgsqlDbType.Bigint);
                copy.Write(_runId, NpgsqlDbType.Bigint);
                copy.Write(line, NpgsqlDbType.Bigint);
                copy.Write(version, NpgsqlDbType.Integer);
                copy.Write(linkable ? 1 : 0, NpgsqlDbType.Integer);
                Nullable(copy, linkable ? Text(e.Admin2) : null); // read by linking; the display copy is in details
                copy.Write(_marking, NpgsqlDbType.Bigint);
                copy.Write(Text(e.Dataset) ?? "", NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        _pending.Clear();
    }

    private static void Nullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Nullable(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void Nullable(NpgsqlBinaryImporter copy, int? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            copy.WriteNull();
        }
    }

    /// <summary>";iskp;taliban;" as the SQLite store writes them (a separator inside an id a space), "" for none.</summary>
    private static string ActorIds(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "" : ";" + string.Join(';', ids.Select(id => Text(id)!.Replace(';', ' '))) + ";";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>PostgreSQL's text holds no NUL character, which a hostile file may carry: it is stored as U+FFFD (the raw row keeps the byte).</summary>
    private static string? Text(string? value) => value is null || !value.Contains('\0', StringComparison.Ordinal) ? value : value.Replace('\0', '\uFFFD');

    /// <summary>The stored block holding this batch's raw rows, stored when the batch begins; a block no event came to use is removed again.</summary>
    private long BlockId(RawBlock block)
    {
        if (ReferenceEquals(block, _block))
        {
            return _blockId;
        }

        DropUnusedBlock();
        _storeBlock.Parameters["@n"].Value = block.Count;
        _storeBlock.Parameters["@d"].Value = block.Data;
        _blockId = Convert.ToInt64(_storeBlock.ExecuteScalar(), CultureInfo.InvariantCulture);
        (_block, _blockUsed) = (block, false);
        return _blockId;
    }

    private void DropUnusedBlock()
    {
        if (_block is not null && !_blockUsed)
        {
            _dropBlock.Parameters[0].Value = _blockId;
            _dropBlock.ExecuteNonQuery();
        }
    }

    public void Reject(RowIssue issue, string raw)
    {
        Bind(_reject, issue);
        _reject.Parameters["@raw"].Value = Text(raw);
        _reject.ExecuteNonQuery();
    }

    public void Warn(RowIssue issue)
    {
        Bind(_warn, issue);
        _warn.ExecuteNonQuery();
    }

    private static void Bind(NpgsqlCommand command, RowIssue issue)
    {
        command.Parameters["@f"].Value = Text(issue.File);
        command.Parameters["@l"].Value = issue.Line;
        command.Parameters["@fd"].Value = Text(issue.Field);
        command.Parameters["@r"].Value = Text(issue.Reason);
    }

    public int LinkAcrossSources()
    {
        Flush();
        return EventLinker.Link(_connection, _tx, Dialect.Postgres, _source, _runId, _linkRule, _linkable, () => { });
    }

    public void Commit(IngestCounts counts)
    {
        Flush();
        DropUnusedBlock();
        Sql.Run(_connection, """
            UPDATE ingest_runs SET rows_read = @read, added = @added, updated = @updated, unchanged = @unchanged,
              rejected = @rejected, warnings = @warnings, linked = @linked WHERE id = @run
            """, _tx, ("@read", counts.Read), ("@added", counts.Added), ("@updated", counts.Updated), ("@unchanged", counts.Unchanged),
            ("@rejected", counts.Rejected), ("@warnings", counts.Warnings), ("@linked", counts.Linked), ("@run", _runId));
        _tx.Commit();
    }

    public void Dispose()
    {
        foreach (var c in new[] { _find, _remark, _archive, _delete, _storeBlock, _dropBlock, _reject, _warn })
        {
            c.Dispose();
        }

        // Disposing an open transaction rolls it back; after a failed commit or a broken connection it
        // has nothing left to do, where Rollback would throw over the error that brought us here.
        _tx.Dispose();
    }

    private NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters) =>
        (NpgsqlCommand)Sql.Command(_connection, sql, _tx, parameters);
}
