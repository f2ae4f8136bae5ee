using System.Globalization;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// Writes one file's rows in one transaction. A row whose id is new is added; one whose text is
/// unchanged is left alone (but for its marking: a row takes the marking of the file that last
/// delivered it); one whose text changed is updated, its previous version archived.
/// </summary>
internal sealed class SqliteFileWriter : IFileWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _tx;
    private readonly EventSource _source;
    private readonly long _runId;
    private readonly long _marking;

    /// <summary>
    /// The rows of this file that matched the store as it was, by a 64-bit hash of their id, with
    /// their line: an unchanged row is not rewritten, so the store cannot tell that this file has
    /// seen it, and a second row with the same id must still be rejected as a duplicate.
    /// </summary>
    private readonly Dictionary<ulong, long> _unchanged = [];
    private readonly SqliteCommand _find, _previous, _archive, _reject, _warn, _remark;
    private readonly StoreSummaries _summaries = new();
    private readonly RawStatement _insert, _replace;
    private readonly EventLinkRule _linkRule;
    private readonly LinkExtents _linkable = new();
    private readonly SqliteCommand _storeBlock, _dropBlock;
    private RawBlock? _block;
    private long _blockId;
    private bool _blockUsed;
    private bool _committed;

    public SqliteFileWriter(SqliteConnection connection, string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, Coalition.Marking marking)
    {
        _linkRule = linkRule;
        _connection = connection;
        _source = source;
        _tx = connection.BeginTransaction();
        SqliteEventLinker.PrepareForFile(connection, _tx, path);
        _marking = StoreMarkings.IdOf(connection, _tx, marking);
        using (var run = Command("INSERT INTO ingest_runs(path, source, started_at, marking) VALUES ($p, $s, $t, $m) RETURNING id"))
        {
            run.Parameters.AddWithValue("$m", _marking);
            run.Parameters.AddWithValue("$p", path);
            run.Parameters.AddWithValue("$s", source.Code());
            run.Parameters.AddWithValue("$t", startedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            _runId = Convert.ToInt64(run.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        _find = Command("SELECT content_hash, version, run_id, line, marking FROM events WHERE id = $id");
        _find.Parameters.Add("$id", SqliteType.Text);
        _previous = Command("SELECT source, date_start, country, role, attribution, details, marking FROM events WHERE id = $id");
        _previous.Parameters.Add("$id", SqliteType.Text);
        _remark = Command("UPDATE events SET marking = $m WHERE id = $id");
        _remark.Parameters.Add("$id", SqliteType.Text);
        _remark.Parameters.AddWithValue("$m", _marking);
        _insert = new RawStatement(connection, EventColumns.InsertSql("INSERT", " ON CONFLICT(id) DO NOTHING"));
        _replace = new RawStatement(connection, EventColumns.InsertSql("INSERT OR REPLACE"));
        _archive = Command("""
            INSERT OR IGNORE INTO event_versions(id, version, raw_block, raw_index, content_hash, run_id, line, replaced_by_run)
            SELECT id, version, raw_block, raw_index, content_hash, run_id, line, $run FROM events WHERE id = $id
            """);
        _archive.Parameters.Add("$id", SqliteType.Text);
        _archive.Parameters.AddWithValue("$run", _runId);
        _storeBlock = Command("INSERT INTO raw_blocks(run_id, row_count, data) VALUES ($run, $n, $d) RETURNING id");
        _storeBlock.Parameters.AddWithValue("$run", _runId);
        _storeBlock.Parameters.Add("$n", SqliteType.Integer);
        _storeBlock.Parameters.Add("$d", SqliteType.Blob);
        _dropBlock = Command("DELETE FROM raw_blocks WHERE id = $id");
        _dropBlock.Parameters.Add("$id", SqliteType.Integer);
        _reject = Command("INSERT INTO rejects(run_id, file, line, field, reason, raw) VALUES ($run, $f, $l, $fd, $r, $raw)");
        _warn = Command("INSERT INTO warnings(run_id, file, line, field, reason) VALUES ($run, $f, $l, $fd, $r)");
        foreach (var c in new[] { _reject, _warn })
        {
            c.Parameters.AddWithValue("$run", _runId);
            foreach (var name in new[] { "$f", "$l", "$fd", "$r" })
            {
                c.Parameters.Add(name, SqliteType.Text);
            }
        }

        _reject.Parameters.Add("$raw", SqliteType.Text);
    }

    public UpsertOutcome Upsert(ConflictEvent e, long line, RawRecord raw, out long firstLine)
    {
        firstLine = 0;
        var linkable = _linkRule.IsLinkable(e);
        var block = BlockId(raw.Block);

        // Try the insert first: a new id costs one index probe, the common case on a first load.
        EventColumns.Bind(_insert, e, block, raw, _runId, line, 1, linkable, _marking);
        if (_insert.Execute() == 1)
        {
            _blockUsed = true;
            _summaries.Add(e, _marking);
            Written(e, linkable);
            return UpsertOutcome.Added;
        }

        _find.Parameters[0].Value = e.Id;
        long storedHash;
        int version;
        long storedMarking;
        using (var reader = _find.ExecuteReader())
        {
            reader.Read();
            storedHash = reader.GetInt64(0);
            version = reader.GetInt32(1);
            storedMarking = reader.GetInt64(4);
            if (reader.GetInt64(2) == _runId)
            {
                // Stored by this file already: found at no cost, on the path a present id takes anyway.
                firstLine = reader.GetInt64(3);
                return UpsertOutcome.Duplicate;
            }
        }

        var idHash = IdHash(e.Id);
        if (_unchanged.TryGetValue(idHash, out var seen))
        {
            firstLine = seen;
            return UpsertOutcome.Duplicate;
        }

        if (storedHash == raw.ContentHash)
        {
            _unchanged[idHash] = line;
            if (storedMarking != _marking)
            {
                _summaries.Replace(Previous(e.Id), e, _marking);
                _remark.Parameters["$id"].Value = e.Id;
                _remark.ExecuteNonQuery();
            }

            return UpsertOutcome.Unchanged;
        }

        _summaries.Replace(Previous(e.Id), e, _marking);
        _archive.Parameters[0].Value = e.Id;
        _archive.ExecuteNonQuery();
        EventColumns.Bind(_replace, e, block, raw, _runId, line, version + 1, linkable, _marking);
        _replace.Execute();
        _blockUsed = true;
        Written(e, linkable);
        return UpsertOutcome.Updated;
    }

    private void Written(ConflictEvent e, bool linkable)
    {
        if (linkable)
        {
            _linkable.Add(e.Country, e.Date);
        }
    }

    /// <summary>What the store's totals need of the row an update is about to replace.</summary>
    private StoredRow Previous(string id)
    {
        _previous.Parameters[0].Value = id;
        using var r = _previous.ExecuteReader();
        r.Read();
        return new StoredRow(
            r.GetString(0),
            EventDetails.DatasetOf(r.GetString(5)) ?? "",
            DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.GetString(2),
            RoleNames.ParseRole(r.GetString(3)),
            RoleNames.ParseAttribution(r.GetString(4)),
            r.GetInt64(6));
    }

    /// <summary>FNV-1a, 64 bits, over the id's characters.</summary>
    private static ulong IdHash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// The id of the stored block holding this batch's raw rows, stored when the batch begins; a
    /// block that no event came to use (a re-ingest of unchanged rows) is removed again.
    /// </summary>
    private long BlockId(RawBlock block)
    {
        if (ReferenceEquals(block, _block))
        {
            return _blockId;
        }

        DropUnusedBlock();
        _storeBlock.Parameters["$d"].Value = block.Data;
        _storeBlock.Parameters["$n"].Value = block.Count;
        _blockId = Convert.ToInt64(_storeBlock.ExecuteScalar(), CultureInfo.InvariantCulture);
        _block = block;
        _blockUsed = false;
        return _blockId;
    }

    private void DropUnusedBlock()
    {
        if (_block is not null && !_blockUsed)
        {
            _dropBlock.Parameters["$id"].Value = _blockId;
            _dropBlock.ExecuteNonQuery();
        }
    }

    public void Reject(RowIssue issue, string raw)
    {
        Bind(_reject, issue);
        _reject.Parameters["$raw"].Value = raw;
        _reject.ExecuteNonQuery();
    }

    public void Warn(RowIssue issue)
    {
        Bind(_warn, issue);
        _warn.ExecuteNonQuery();
    }

    public int LinkAcrossSources() => SqliteEventLinker.Link(_connection, _tx, _source, _runId, _linkRule, _linkable);

    public void Commit(IngestCounts counts)
    {
        DropUnusedBlock();
        _summaries.Apply(_connection, _tx);
        using (var update = Command("""
            UPDATE ingest_runs SET rows_read = $read, added = $added, updated = $updated, unchanged = $unchanged,
              rejected = $rejected, warnings = $warnings, linked = $linked WHERE id = $run
            """))
        {
            update.Parameters.AddWithValue("$read", counts.Read);
            update.Parameters.AddWithValue("$added", counts.Added);
            update.Parameters.AddWithValue("$updated", counts.Updated);
            update.Parameters.AddWithValue("$unchanged", counts.Unchanged);
            update.Parameters.AddWithValue("$rejected", counts.Rejected);
            update.Parameters.AddWithValue("$warnings", counts.Warnings);
            update.Parameters.AddWithValue("$linked", counts.Linked);
            update.Parameters.AddWithValue("$run", _runId);
            update.ExecuteNonQuery();
        }

        _tx.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        foreach (var c in new[] { _find, _previous, _archive, _reject, _warn, _storeBlock, _dropBlock, _remark })
        {
            c.Dispose();
        }

        _insert.Dispose();
        _replace.Dispose();

        if (!_committed)
        {
            _tx.Rollback();
        }

        _tx.Dispose();
    }

    private static void Bind(SqliteCommand command, RowIssue issue)
    {
        command.Parameters["$f"].Value = issue.File;
        command.Parameters["$l"].Value = issue.Line;
        command.Parameters["$fd"].Value = issue.Field;
        command.Parameters["$r"].Value = issue.Reason;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _tx;
        command.CommandText = sql;
        return command;
    }
}
