// Times the stages of `kwatch ingest` one by one on the same file, to show where the time goes:
//   dotnet bench/IngestStages/bin/Release/net10.0/IngestStages.dll FILE.csv [STORE.db]
// Each stage is a separate pass over the file (read from the page cache after the first):
//   read      CSV rows from Sep, unquoted into strings (CsvSourceFile)
//   map       + AcledMapper.Map (dates, country and province lookups, coordinates)
//   classify  + WatchProfile.Classify (actors, role, target) and the row's content hash
//   null      the whole Ingestor pipeline (two threads, bounded queue) into a store that drops rows
//   sqlite    the whole Ingestor into a fresh SQLite store (STORE, default FILE.stages.db),
//             with the writer's own calls timed
//   raw insert   one thread: read, map, classify, then a plain prepared INSERT with typed parameters
//                into a copy of the events table (no per-row SELECT); once with the schema's date
//                indexes in place, once with them built after the load. A yardstick for the store.
//   pcl insert   the same INSERT bound by position straight through SQLitePCLRaw (what
//                Microsoft.Data.Sqlite wraps), to separate the ADO.NET layer's cost from SQLite's.
// The two IFileWriter wrappers below follow that interface; when src/ changes it, adjust them.
using System.Diagnostics;
using System.Globalization;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: IngestStages FILE.csv [STORE.db]");
    return 2;
}

var file = args[0];
var storePath = args.Length > 1 ? args[1] : file + ".stages.db";
var gazetteer = Gazetteer.Default;
var profile = WatchProfile.Iskp;

Console.WriteLine("| stage | rows | wall s | rows/s | CPU s | allocated MB | µs/row |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");

Stage("read", () =>
{
    using var opened = SourceFormats.Open(file, null, gazetteer);
    long n = 0;
    foreach (var row in opened.File.Rows())
    {
        n += row.Count > 0 ? 1 : 0;
    }

    return n;
});

Stage("read+map", () =>
{
    using var opened = SourceFormats.Open(file, null, gazetteer);
    long n = 0;
    foreach (var row in opened.File.Rows())
    {
        n += opened.Mapper.Map(row).Event is null ? 0 : 1;
    }

    return n;
});

Stage("read+map+classify+hash", () =>
{
    using var opened = SourceFormats.Open(file, null, gazetteer);
    long n = 0, h = 0;
    foreach (var row in opened.File.Rows())
    {
        if (opened.Mapper.Map(row).Event is { } e)
        {
            n += profile.Classify(e).Role == default ? 1 : 1;
            h ^= EventIds.ContentHash(row.Raw);
        }
    }

    return n + (h == 42 ? 1 : 0);
});

Stage("Ingestor, null store", () =>
{
    using var store = new NullStore();
    return new Ingestor(store, profile, gazetteer).Ingest(file).Counts.Read;
});

foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
{
    File.Delete(storePath + suffix);
}

var timing = new TimingStore(SqliteEventStore.Open(storePath));
Stage("Ingestor, SQLite store", () =>
{
    using (timing)
    {
        return new Ingestor(timing, profile, gazetteer).Ingest(file).Counts.Read;
    }
});
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"inside the SQLite run: IFileWriter.Upsert {timing.Upsert.Elapsed.TotalSeconds:F1} s (writer thread), " +
    $"LinkAcrossSources {timing.Link.Elapsed.TotalSeconds:F1} s, Commit {timing.Commit.Elapsed.TotalSeconds:F1} s; " +
    $"store {new FileInfo(storePath).Length / 1e6:F0} MB at {storePath}"));
Console.WriteLine();
Console.WriteLine("| yardstick | rows | wall s | rows/s | CPU s | allocated MB | µs/row |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
var rawDb = storePath + ".raw.db";
Stage("raw insert, indexes as in the schema", () => RawInsert.Run(file, rawDb, indexesAfterLoad: false, gazetteer, profile));
Stage("raw insert, date indexes after the load", () => RawInsert.Run(file, rawDb, indexesAfterLoad: true, gazetteer, profile));
Stage("pcl insert, indexes as in the schema", () => RawInsert.Run(file, rawDb, indexesAfterLoad: false, gazetteer, profile, pcl: true));
Stage("pcl insert, date indexes after the load", () => RawInsert.Run(file, rawDb, indexesAfterLoad: true, gazetteer, profile, pcl: true));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
return 0;

static void Stage(string name, Func<long> body)
{
    var process = Process.GetCurrentProcess();
    GC.Collect();
    var cpu0 = process.TotalProcessorTime;
    var alloc0 = GC.GetTotalAllocatedBytes(precise: false);
    var clock = Stopwatch.StartNew();
    var rows = body();
    var wall = clock.Elapsed.TotalSeconds;
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
    var alloc = (GC.GetTotalAllocatedBytes(precise: false) - alloc0) / 1e6;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {rows:N0} | {wall:F1} | {rows / wall:N0} | {cpu:F1} | {alloc:N0} | {wall * 1e6 / Math.Max(rows, 1):F1} |"));
}

/// <summary>A store that keeps nothing: the cost of the pipeline without the database.</summary>
internal sealed class NullStore : IEventStore
{
    public IFileWriter BeginFile(string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, KhorasanWatch.Coalition.Marking? marking = null) => new NullWriter();

    public void ViewAs(KhorasanWatch.Coalition.Viewer viewer)
    {
    }

    public string VisibilityKey => "*";

    public KhorasanWatch.Coalition.Viewer Viewer => KhorasanWatch.Coalition.Viewer.LocalOwner;

    public IReadOnlyList<KhorasanWatch.Coalition.Marking> EventMarkings() => [];

    public IReadOnlySet<string>? RowsWithheld(IReadOnlyList<EventQuery> reads) => null;

    public IEnumerable<StoredEvent> Events(EventQuery query) => [];

    public long Generation() => 0;

    public IReadOnlyList<SourceYear> Sources() => [];

    public IReadOnlyList<MonthCount> OtherActorsByMonth(string country) => [];

    public IReadOnlyList<SourceStart> FirstDaysIn(string country) => [];

    public IReadOnlyList<IngestProblem> Problems(ProblemQuery query) => [];

    public void Dispose()
    {
    }

    private sealed class NullWriter : IFileWriter
    {
        public UpsertOutcome Upsert(ConflictEvent e, long line, RawRecord raw, out long firstLine)
        {
            firstLine = 0;
            return UpsertOutcome.Added;
        }

        public void Reject(RowIssue issue, string raw)
        {
        }

        public void Warn(RowIssue issue)
        {
        }

        public int LinkAcrossSources() => 0;

        public void Commit(IngestCounts counts)
        {
        }

        public void Dispose()
        {
        }
    }
}

/// <summary>Wraps a store and times the writer's calls, which run on the ingest's consuming thread.</summary>
internal sealed class TimingStore(IEventStore inner) : IEventStore
{
    public Stopwatch Upsert { get; } = new();
    public Stopwatch Link { get; } = new();
    public Stopwatch Commit { get; } = new();

    public IFileWriter BeginFile(string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, KhorasanWatch.Coalition.Marking? marking = null) =>
        new Writer(inner.BeginFile(path, source, linkRule, startedAt, marking), this);

    public void ViewAs(KhorasanWatch.Coalition.Viewer viewer) => inner.ViewAs(viewer);

    public string VisibilityKey => inner.VisibilityKey;

    public KhorasanWatch.Coalition.Viewer Viewer => inner.Viewer;

    public IReadOnlyList<KhorasanWatch.Coalition.Marking> EventMarkings() => inner.EventMarkings();

    public IReadOnlySet<string>? RowsWithheld(IReadOnlyList<EventQuery> reads) => inner.RowsWithheld(reads);

    public IEnumerable<StoredEvent> Events(EventQuery query) => inner.Events(query);

    public long Generation() => inner.Generation();

    public IReadOnlyList<SourceYear> Sources() => inner.Sources();

    public IReadOnlyList<MonthCount> OtherActorsByMonth(string country) => inner.OtherActorsByMonth(country);

    public IReadOnlyList<SourceStart> FirstDaysIn(string country) => inner.FirstDaysIn(country);

    public IReadOnlyList<IngestProblem> Problems(ProblemQuery query) => inner.Problems(query);

    public void Dispose() => inner.Dispose();

    private sealed class Writer(IFileWriter inner, TimingStore t) : IFileWriter
    {
        public UpsertOutcome Upsert(ConflictEvent e, long line, RawRecord raw, out long firstLine)
        {
            t.Upsert.Start();
            try
            {
                return inner.Upsert(e, line, raw, out firstLine);
            }
            finally
            {
                t.Upsert.Stop();
            }
        }

        public void Reject(RowIssue issue, string raw) => inner.Reject(issue, raw);

        public void Warn(RowIssue issue) => inner.Warn(issue);

        public int LinkAcrossSources()
        {
            t.Link.Start();
            try
            {
                return inner.LinkAcrossSources();
            }
            finally
            {
                t.Link.Stop();
            }
        }

        public void Commit(IngestCounts counts)
        {
            t.Commit.Start();
            inner.Commit(counts);
            t.Commit.Stop();
        }

        public void Dispose() => inner.Dispose();
    }
}

/// <summary>The lower bound for the current events table: one prepared INSERT per row, typed parameters.</summary>
internal static class RawInsert
{
    // A copy of the events table and its indexes from SqliteMigrations (step 1).
    private const string Table = """
        CREATE TABLE events(
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          source TEXT NOT NULL, source_event_id TEXT,
          date_start TEXT NOT NULL, date_end TEXT NOT NULL, date_precision TEXT NOT NULL,
          country TEXT NOT NULL, admin1 TEXT, admin1_derived INTEGER NOT NULL, admin2 TEXT, location TEXT,
          latitude REAL, longitude REAL, geo_precision INTEGER,
          event_type TEXT NOT NULL, sub_event_type TEXT, suicide INTEGER NOT NULL,
          actor1 TEXT, assoc_actor1 TEXT, actor2 TEXT, assoc_actor2 TEXT, target_text TEXT,
          actor_ids TEXT NOT NULL, role TEXT NOT NULL, attribution TEXT NOT NULL,
          target_category TEXT, target_reason TEXT,
          fatalities_best INTEGER, fatalities_low INTEGER, fatalities_high INTEGER,
          notes TEXT, source_names TEXT,
          raw TEXT NOT NULL, content_hash INTEGER NOT NULL, run_id INTEGER NOT NULL, line INTEGER NOT NULL,
          version INTEGER NOT NULL, linkable INTEGER NOT NULL);
        """;

    private const string Indexes = """
        CREATE INDEX events_date ON events(date_start);
        CREATE INDEX events_watched ON events(date_start) WHERE role <> 'none';
        CREATE INDEX events_linkable ON events(date_start) WHERE linkable = 1;
        """;

    private static readonly string[] Columns =
    [
        "id", "source", "source_event_id", "date_start", "date_end", "date_precision", "country", "admin1", "admin1_derived",
        "admin2", "location", "latitude", "longitude", "geo_precision", "event_type", "sub_event_type", "suicide",
        "actor1", "assoc_actor1", "actor2", "assoc_actor2", "target_text", "actor_ids", "role", "attribution",
        "target_category", "target_reason", "fatalities_best", "fatalities_low", "fatalities_high", "notes", "source_names",
        "raw", "content_hash", "run_id", "line", "version", "linkable",
    ];

    public static long Run(string file, string db, bool indexesAfterLoad, Gazetteer gazetteer, WatchProfile profile, bool pcl = false)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(db + suffix);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
        Execute(connection, Table);
        if (!indexesAfterLoad)
        {
            Execute(connection, Indexes);
        }

        using var tx = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO events({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))})";
        var p = new SqliteParameter[Columns.Length];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = insert.CreateParameter();
            p[i].ParameterName = "$p" + i;
            insert.Parameters.Add(p[i]);
        }

        insert.Prepare();
        using var opened = SourceFormats.Open(file, null, gazetteer);
        var n = pcl ? PclLoad(connection, insert.CommandText, opened, profile) : AdoLoad(insert, p, opened, profile);
        if (indexesAfterLoad)
        {
            var clock = Stopwatch.StartNew();
            Execute(connection, Indexes, tx);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (building the date indexes after the load took {clock.Elapsed.TotalSeconds:F1} s)"));
        }

        tx.Commit();
        return n;
    }

    private static long AdoLoad(SqliteCommand insert, SqliteParameter[] p, SourceFormats.Opened opened, WatchProfile profile)
    {
        long n = 0;
        foreach (var row in opened.File.Rows())
        {
            if (opened.Mapper.Map(row).Event is not { } mapped)
            {
                continue;
            }

            var e = profile.Classify(mapped);
            p[0].Value = e.Id;
            p[1].Value = e.Source.Code();
            p[2].Value = (object?)e.SourceEventId ?? DBNull.Value;
            p[3].Value = e.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[4].Value = e.Date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[5].Value = "day";
            p[6].Value = e.Country;
            p[7].Value = (object?)e.Admin1 ?? DBNull.Value;
            p[8].Value = e.Admin1Derived ? 1 : 0;
            p[9].Value = (object?)e.Admin2 ?? DBNull.Value;
            p[10].Value = (object?)e.Location ?? DBNull.Value;
            p[11].Value = (object?)e.Latitude ?? DBNull.Value;
            p[12].Value = (object?)e.Longitude ?? DBNull.Value;
            p[13].Value = (object?)e.GeoPrecision ?? DBNull.Value;
            p[14].Value = e.EventType.Code();
            p[15].Value = (object?)e.SubEventType ?? DBNull.Value;
            p[16].Value = e.Suicide ? 1 : 0;
            p[17].Value = (object?)e.Actor1 ?? DBNull.Value;
            p[18].Value = (object?)e.AssocActor1 ?? DBNull.Value;
            p[19].Value = (object?)e.Actor2 ?? DBNull.Value;
            p[20].Value = (object?)e.AssocActor2 ?? DBNull.Value;
            p[21].Value = (object?)e.TargetText ?? DBNull.Value;
            p[22].Value = e.ActorIds.Count == 0 ? "" : ";" + string.Join(';', e.ActorIds) + ";";
            p[23].Value = e.Role.Code();
            p[24].Value = e.Attribution.Code();
            p[25].Value = (object?)e.TargetCategory?.Id() ?? DBNull.Value;
            p[26].Value = (object?)e.TargetReason ?? DBNull.Value;
            p[27].Value = (object?)e.Fatalities.Best ?? DBNull.Value;
            p[28].Value = (object?)e.Fatalities.Low ?? DBNull.Value;
            p[29].Value = (object?)e.Fatalities.High ?? DBNull.Value;
            p[30].Value = (object?)e.Notes ?? DBNull.Value;
            p[31].Value = (object?)e.SourceNames ?? DBNull.Value;
            p[32].Value = row.Raw;
            p[33].Value = EventIds.ContentHash(row.Raw);
            p[34].Value = 1L;
            p[35].Value = row.Line;
            p[36].Value = 1;
            p[37].Value = e.Role.Code() == "none" ? 0 : 1;
            insert.ExecuteNonQuery();
            n++;
        }

        return n;
    }

    private static long PclLoad(SqliteConnection connection, string sql, SourceFormats.Opened opened, WatchProfile profile)
    {
        var db = connection.Handle!;
        Check(db, SQLitePCL.raw.sqlite3_prepare_v2(db, sql, out var stmt));
        try
        {
            long n = 0;
            foreach (var row in opened.File.Rows())
            {
                if (opened.Mapper.Map(row).Event is not { } mapped)
                {
                    continue;
                }

                var e = profile.Classify(mapped);
                Text(stmt, 1, e.Id);
                Text(stmt, 2, e.Source.Code());
                Text(stmt, 3, e.SourceEventId);
                Text(stmt, 4, e.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Text(stmt, 5, e.Date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Text(stmt, 6, "day");
                Text(stmt, 7, e.Country);
                Text(stmt, 8, e.Admin1);
                Int(stmt, 9, e.Admin1Derived ? 1 : 0);
                Text(stmt, 10, e.Admin2);
                Text(stmt, 11, e.Location);
                Real(stmt, 12, e.Latitude);
                Real(stmt, 13, e.Longitude);
                Int(stmt, 14, e.GeoPrecision);
                Text(stmt, 15, e.EventType.Code());
                Text(stmt, 16, e.SubEventType);
                Int(stmt, 17, e.Suicide ? 1 : 0);
                Text(stmt, 18, e.Actor1);
                Text(stmt, 19, e.AssocActor1);
                Text(stmt, 20, e.Actor2);
                Text(stmt, 21, e.AssocActor2);
                Text(stmt, 22, e.TargetText);
                Text(stmt, 23, e.ActorIds.Count == 0 ? "" : ";" + string.Join(';', e.ActorIds) + ";");
                Text(stmt, 24, e.Role.Code());
                Text(stmt, 25, e.Attribution.Code());
                Text(stmt, 26, e.TargetCategory?.Id());
                Text(stmt, 27, e.TargetReason);
                Int(stmt, 28, e.Fatalities.Best);
                Int(stmt, 29, e.Fatalities.Low);
                Int(stmt, 30, e.Fatalities.High);
                Text(stmt, 31, e.Notes);
                Text(stmt, 32, e.SourceNames);
                Text(stmt, 33, row.Raw);
                Int(stmt, 34, EventIds.ContentHash(row.Raw));
                Int(stmt, 35, 1);
                Int(stmt, 36, row.Line);
                Int(stmt, 37, 1);
                Int(stmt, 38, e.Role.Code() == "none" ? 0 : 1);
                var rc = SQLitePCL.raw.sqlite3_step(stmt);
                if (rc != SQLitePCL.raw.SQLITE_DONE)
                {
                    Check(db, rc);
                }

                SQLitePCL.raw.sqlite3_reset(stmt);
                n++;
            }

            return n;
        }
        finally
        {
            SQLitePCL.raw.sqlite3_finalize(stmt);
        }
    }

    private static void Text(SQLitePCL.sqlite3_stmt stmt, int i, string? value)
    {
        if (value is null)
        {
            SQLitePCL.raw.sqlite3_bind_null(stmt, i);
        }
        else
        {
            SQLitePCL.raw.sqlite3_bind_text(stmt, i, value);
        }
    }

    private static void Int(SQLitePCL.sqlite3_stmt stmt, int i, long? value)
    {
        if (value is { } v)
        {
            SQLitePCL.raw.sqlite3_bind_int64(stmt, i, v);
        }
        else
        {
            SQLitePCL.raw.sqlite3_bind_null(stmt, i);
        }
    }

    private static void Real(SQLitePCL.sqlite3_stmt stmt, int i, double? value)
    {
        if (value is { } v)
        {
            SQLitePCL.raw.sqlite3_bind_double(stmt, i, v);
        }
        else
        {
            SQLitePCL.raw.sqlite3_bind_null(stmt, i);
        }
    }

    private static void Check(SQLitePCL.sqlite3 db, int rc)
    {
        if (rc != SQLitePCL.raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {rc}: {SQLitePCL.raw.sqlite3_errmsg(db).utf8_to_string()}");
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
