using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, created and migrated on open. Ingest runs in rollback-
/// journal mode, so a killed ingest is rolled back from the journal the next time the file opens.
/// </summary>
public sealed class SqliteEventStore : RelationalStore
{
    private readonly SqliteConnection _connection;

    static SqliteEventStore()
    {
        // Every connection is used by one thread at a time, so SQLite's per-call connection mutex
        // is pure cost (about 6 % of a bulk ingest). This must precede SQLite's initialisation;
        // when something in the process opened a database first, SQLite refuses and keeps its
        // safer default, which is fine.
        SQLitePCL.Batteries_V2.Init();
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD);
    }

    private SqliteEventStore(string path, SqliteConnection connection)
        : base(connection, Dialect.Sqlite)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    public override string Location => Path;

    /// <summary>
    /// Opens the store to write, creating and migrating it as needed. Before anything else it proves
    /// it can write (a change rolled back at once), so a store the user may read but not write is
    /// refused in one line before a verb starts, not halfway through it. A SQLite file of another
    /// program (tables, but not kwatch's) is refused, never given kwatch's tables.
    /// </summary>
    /// <param name="path">The store's file; created when it does not exist.</param>
    /// <param name="upgrading">Told, before it starts, that an existing store is being brought to the current schema (at 2.4M events it takes about half a minute, once).</param>
    public static SqliteEventStore Open(string path, Action<string>? upgrading = null) => Open(path, writable: true, upgrading);

    /// <summary>
    /// Opens an existing store to read: SQLite's read-only mode, so nothing in or beside the file
    /// changes. A store of an older schema is not migrated here (a verb that writes does that).
    /// </summary>
    public static SqliteEventStore OpenReadOnly(string path) => Open(path, writable: false);

    /// <summary>The SQL function that lower-cases text as .NET's invariant culture does, every script's letters.</summary>
    internal const string FoldFunction = "kw_fold";

    private static SqliteEventStore Open(string path, bool writable, Action<string>? upgrading = null)
    {
        if (path.Length == 0)
        {
            throw new StoreException("''", "an empty path names no store");
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException(path, "the folder for the store does not exist");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = writable ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            DefaultTimeout = BusySeconds, // Also how long Microsoft.Data.Sqlite retries a store another writer holds.
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // SQLite's lower() folds ASCII letters only: the text filter folds the rest with this.
            connection.CreateFunction(FoldFunction, (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            StoreSummaries.Register(connection); // kw_dataset and the others, which reads use too (FirstDaysIn)
            if (writable)
            {
                SqliteMigrations.Execute(connection, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
                ProveWritable(connection);
                SqliteMigrations.Apply(connection, path, upgrading);
            }
            else
            {
                // A reading verb's sorts (events in date order) spill to temporary files beyond the
                // cache: held in memory, listing 1.2M events took 768 MB; spilled, 205 MB.
                SqliteMigrations.Execute(connection, "PRAGMA cache_size=-65536; PRAGMA temp_store=FILE;");
                SqliteMigrations.Check(connection, path);
            }

            return new SqliteEventStore(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw StoreErrors.From(path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>How long a verb waits for another kwatch writing the same store before it says the store is busy.</summary>
    public const int BusySeconds = 30;

    /// <summary>A write rolled back at once: fails with SQLite's read-only or cannot-open error where the file or its folder (for the journal) cannot be written.</summary>
    private static void ProveWritable(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction(deferred: false);
        SqliteMigrations.Execute(connection, "CREATE TABLE kwatch_write_probe(x INTEGER)", tx);
        tx.Rollback();
    }

    public override IFileWriter BeginFile(string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, Coalition.Marking? marking = null) =>
        new SqliteFileWriter(_connection, path, source, linkRule, startedAt, marking ?? Coalition.Marking.Unmarked);

    /// <summary>From the totals kept per marking: no scan of the events.</summary>
    public override IReadOnlyList<Coalition.Marking> EventMarkings()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT marking FROM source_years WHERE events > 0 AND {Seen.Condition("marking")}";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        var all = StoreMarkings.All(_connection);
        return [.. ids.Select(id => all[id])];
    }

    /// <summary>
    /// Indexes every event by day and id, for listings of all events in date order (the dashboard's
    /// Events page): 4.4 s once at 2.4 million events; later ingests keep it up. Not made at ingest, where it
    /// cost 18 % of a whole-history load for stores nobody browses. Returns whether it was made now.
    /// </summary>
    public bool IndexForBrowsing()
    {
        using var exists = _connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_by_day'";
        if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            return false;
        }

        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE INDEX events_by_day ON events(date_start, id)";
        create.ExecuteNonQuery();
        return true;
    }

    private protected override Stream? ReadSnapshot(string key) => SqliteSnapshots.Open(_connection, key);

    private protected override void SaveSnapshot(string kind, string key, ReadOnlyMemory<byte> data, long generation) =>
        SqliteSnapshots.Write(_connection, kind, key, data, generation);

    /// <summary>From the totals each ingest keeps (<see cref="StoreSummaries"/>): no scan of the events.</summary>
    public override IReadOnlyList<SourceYear> Sources()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT source, year, sum(events), sum(watched), sum(uncertain), max(last_day), dataset FROM source_years
            WHERE events > 0 AND {Seen.Condition("marking")} GROUP BY source, dataset, year ORDER BY source, dataset, year
            """;
        using var reader = command.ExecuteReader();
        var result = new List<SourceYear>();
        while (reader.Read())
        {
            result.Add(new SourceYear(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), DateOnly.ParseExact(reader.GetString(5)[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            {
                Dataset = reader.GetString(6) is { Length: > 0 } dataset ? dataset : null,
            });
        }

        return result;
    }

    private protected override string NotCompiled => "kw_dataset(details) = ''";

    /// <summary>From the totals each ingest keeps (<see cref="StoreSummaries"/>): no scan of the events.</summary>
    public override IReadOnlyList<MonthCount> OtherActorsByMonth(string country)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT month, sum(others) FROM country_months WHERE country = $country AND {Seen.Condition("marking")} GROUP BY month ORDER BY month";
        command.Parameters.AddWithValue("$country", country);
        using var reader = command.ExecuteReader();
        var result = new List<MonthCount>();
        while (reader.Read())
        {
            var month = DateOnly.ParseExact(reader.GetString(0) + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            result.Add(new MonthCount(month, reader.GetInt64(1)));
        }

        return result;
    }

    public override Coalition.AuditEntry AppendAudit(Coalition.AuditEntry entry) => SqliteAudit.Append(Path, entry);

    public override IReadOnlyList<Coalition.AuditEntry> AuditLog(Coalition.AuditQuery query) => SqliteAudit.Log(Path, query);

    public long Count(string table)
    {
        if (table is not ("events" or "event_versions" or "rejects" or "warnings" or "event_links" or "ingest_runs" or "boundaries" or "raw_blocks"))
        {
            throw new ArgumentException($"Unknown table {table}.", nameof(table));
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

}
