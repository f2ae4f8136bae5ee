using System.Globalization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, created and migrated on open. Ingest runs in rollback-
/// journal mode, so a killed ingest is rolled back from the journal the next time the file opens.
/// </summary>
public sealed class SqliteEventStore : IWatchStore
{
    private readonly SqliteConnection _connection;
    private Coalition.Viewer _viewer = Coalition.Viewer.LocalOwner;

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
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    public string Location => Path;

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

    public IFileWriter BeginFile(string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, Coalition.Marking? marking = null) =>
        new SqliteFileWriter(_connection, path, source, linkRule, startedAt, marking ?? Coalition.Marking.Unmarked);

    public void ViewAs(Coalition.Viewer viewer) => _viewer = viewer;

    public Coalition.Viewer Viewer => _viewer;

    /// <summary>What the reader may see, worked out afresh for each read (a store has few markings): users or markings added since count.</summary>
    private Visibility Seen => StoreMarkings.For(_connection, _viewer);

    /// <summary>
    /// "*" for the local owner of a store without users; else the marking ids seen, the user, their
    /// organisation and the community (claims are marked apart from the events, by the same rule).
    /// </summary>
    public string VisibilityKey => StoreMarkings.OwnerAlone(_connection, _viewer)
        ? "*"
        : $"{string.Join(',', Seen.Ids ?? [-1])}|{_viewer.Name}|{_viewer.Organisation}|{string.Join(',', StoreMarkings.Community(_connection).Order(StringComparer.Ordinal))}";

    public IEnumerable<StoredEvent> Events(EventQuery query) => SqliteEventReader.Read(_connection, query, Seen, Rows);

    public IReadOnlySet<string>? RowsWithheld(IReadOnlyList<EventQuery> reads)
    {
        if (Rows("e.source", "e.marking", "e.flags") is not { } shown)
        {
            return null;
        }

        var seen = Seen;
        return reads.SelectMany(q => SqliteEventReader.Withheld(_connection, q, seen, shown)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The licence rule on rows (<see cref="Coalition.SourceLicences"/>) as a SQL condition on a
    /// source, a marking and an event's flags column: a row of a source whose terms forbid
    /// redistribution is shown only to its owner's organisation, unless it comes from a compilation
    /// whose own terms share it (<see cref="EventFlags.SharedCompilation"/>; an ingest's problems,
    /// <paramref name="flags"/> null, take their source's rule). Null for the local owner of a store
    /// without users, who sees every row.
    /// </summary>
    private string? Rows(string source, string marking, string? flags)
    {
        if (StoreMarkings.OwnerAlone(_connection, _viewer))
        {
            return null;
        }

        var own = _viewer.IsLocalOwner || _viewer.Organisation is not { Length: > 0 } organisation
            ? []
            : StoreMarkings.All(_connection).Where(m => m.Value.Owner == organisation).Select(m => m.Key).Order().ToArray();
        var shared = string.Join(", ", Coalition.SourceLicences.Shared.Select(s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'"));
        var compilation = flags is null ? "" : $" OR ({flags} & {EventFlags.SharedCompilation}) <> 0";
        return $"({(shared.Length == 0 ? "0" : $"{source} IN ({shared})")}{compilation} OR {new Visibility(own).Condition(marking)})";
    }

    /// <summary>From the totals kept per marking: no scan of the events.</summary>
    public IReadOnlyList<Coalition.Marking> EventMarkings()
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

    public long Generation()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(id), 0) FROM ingest_runs";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
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

    /// <summary>Snapshots hold what every event gives: read and written only for a reader who sees every marking.</summary>
    public Stream? OpenSnapshot(string key) => Seen.All ? SqliteSnapshots.Open(_connection, key) : null;

    public void WriteSnapshot(string kind, string key, ReadOnlyMemory<byte> data)
    {
        if (Seen.All)
        {
            SqliteSnapshots.Write(_connection, kind, key, data);
        }
    }

    /// <summary>From the totals each ingest keeps (<see cref="StoreSummaries"/>): no scan of the events.</summary>
    public IReadOnlyList<SourceYear> Sources()
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

    /// <summary>From the totals each ingest keeps (<see cref="StoreSummaries"/>): no scan of the events.</summary>
    public IReadOnlyList<MonthCount> OtherActorsByMonth(string country)
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

    public ClaimSave SaveClaim(Claim claim, string origin, DateTimeOffset recordedAt) => StoreClaims.Save(_connection, claim, origin, recordedAt);

    public IReadOnlyList<Claim> Claims(string? subject = null) => StoreClaims.Seen(_connection, _viewer, StoreClaims.Latest(_connection, subject));

    public IReadOnlyList<ClaimVersion> ClaimHistory(string id) => StoreClaims.SeenHistory(_connection, _viewer, StoreClaims.History(_connection, id));

    public int SaveMatrix(string name, string json, string change, DateTimeOffset savedAt, Coalition.Marking? marking = null) =>
        StoreMatrices.Save(_connection, name, json, change, savedAt, marking ?? Coalition.Marking.Unmarked);

    public SavedMatrix? LatestMatrix(string name) => StoreMatrices.Latest(_connection, name, Seen);

    public SavedMatrix? MatrixVersion(string name, int version) => StoreMatrices.Version(_connection, name, version, Seen);

    public void AddOrganisation(Coalition.Organisation organisation) => StoreUsers.AddOrganisation(_connection, organisation);

    public IReadOnlyList<Coalition.Organisation> Organisations() => StoreUsers.Organisations(_connection);

    public Coalition.User AddUser(string name, string organisation, Coalition.UserRole role, string? passwordHash, DateTimeOffset at) =>
        StoreUsers.AddUser(_connection, name, organisation, role, passwordHash, at);

    public IReadOnlyList<Coalition.User> Users() => StoreUsers.Users(_connection);

    public bool HasUsers() => StoreUsers.HasUsers(_connection);

    public (Coalition.User User, string? PasswordHash)? UserByName(string name) => StoreUsers.UserByName(_connection, name);

    public Coalition.ApiToken AddToken(long userId, string label, string tokenHash, DateTimeOffset at) => StoreUsers.AddToken(_connection, userId, label, tokenHash, at);

    public IReadOnlyList<Coalition.ApiToken> Tokens() => StoreUsers.Tokens(_connection);

    public Coalition.User? UserByToken(string tokenHash) => StoreUsers.UserByToken(_connection, tokenHash);

    public bool RevokeToken(long id, DateTimeOffset at) => StoreUsers.RevokeToken(_connection, id, at);

    public Coalition.AuditEntry AppendAudit(Coalition.AuditEntry entry) => SqliteAudit.Append(Path, entry);

    public IReadOnlyList<Coalition.AuditEntry> AuditLog(Coalition.AuditQuery query) => SqliteAudit.Log(Path, query);

    public void SaveBoundaries(IReadOnlyList<BoundaryRecord> boundaries)
    {
        using var tx = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT OR REPLACE INTO boundaries(country, admin1, origin, wkt) VALUES ($c, $a, $o, $g)";
        var c = command.Parameters.Add("$c", SqliteType.Text);
        var a = command.Parameters.Add("$a", SqliteType.Text);
        var o = command.Parameters.Add("$o", SqliteType.Text);
        var g = command.Parameters.Add("$g", SqliteType.Text);
        foreach (var b in boundaries)
        {
            (c.Value, a.Value, o.Value, g.Value) = (b.Country, b.Admin1, b.Origin, b.Wkt);
            command.ExecuteNonQuery();
        }

        tx.Commit();
    }

    public IReadOnlyList<BoundaryRecord> LoadBoundaries()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT country, admin1, origin, wkt FROM boundaries ORDER BY country, admin1";
        using var reader = command.ExecuteReader();
        var result = new List<BoundaryRecord>();
        var wkt = new NetTopologySuite.IO.WKTReader();
        while (reader.Read())
        {
            var record = new BoundaryRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            try
            {
                // Checked where it is read, so a damaged outline is the store's one-line error, not a parser's trace in a later verb.
                if (wkt.Read(record.Wkt) is { Dimension: not NetTopologySuite.Geometries.Dimension.Surface, IsEmpty: false } shape)
                {
                    throw new ArgumentException($"a {shape.GeometryType}, not a polygon");
                }
            }
            catch (Exception e) when (e is NetTopologySuite.IO.ParseException or ArgumentException or FormatException or InvalidOperationException)
            {
                throw new StoreException(Path, $"the stored boundary of {record.Admin1} ({record.Country}) is damaged ({e.Message.TrimEnd('.')}); import the boundaries again (geo import)");
            }

            result.Add(record);
        }

        return result;
    }

    /// <summary>The file as an ingest named it, or any path that ends in the given one (so "acled.csv" finds "data/acled.csv").</summary>
    private const string FileMatch = "($file IS NULL OR p.file = $file OR (length(p.file) > length($file) AND substr(p.file, -length($file) - 1) = '/' || $file))";

    public IReadOnlyList<IngestProblem> Problems(ProblemQuery query)
    {
        using var command = _connection.CreateCommand();
        var parts = new List<string>();
        var seen = Seen.Condition("r.marking"); // a run's problems are its file's, under its marking
        var reason = ProblemReason();
        if (query.Kind is null or IngestProblem.Rejected)
        {
            parts.Add($"SELECT 'rejected' AS kind, p.run_id, r.started_at, p.file, p.line, p.field, {reason} FROM rejects p JOIN ingest_runs r ON r.id = p.run_id WHERE {FileMatch} AND {seen}");
        }

        if (query.Kind is null or IngestProblem.Warning)
        {
            parts.Add($"SELECT 'warning' AS kind, p.run_id, r.started_at, p.file, p.line, p.field, {reason} FROM warnings p JOIN ingest_runs r ON r.id = p.run_id WHERE {FileMatch} AND {seen}");
        }

        command.CommandText = string.Join(" UNION ALL ", parts) + " ORDER BY run_id DESC, line, kind LIMIT $limit";
        command.Parameters.AddWithValue("$file", (object?)query.File ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", query.Limit);
        using var reader = command.ExecuteReader();
        var result = new List<IngestProblem>();
        while (reader.Read())
        {
            result.Add(new IngestProblem(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5), reader.GetString(6)));
        }

        return result;
    }

    /// <summary>
    /// A problem's reason, which may quote the row's values (a province, a date): for a file of a
    /// source whose terms forbid redistribution, loaded by another organisation, the words that say
    /// so instead (<see cref="Rows"/>, read with the run's source and marking).
    /// </summary>
    private string ProblemReason() => Rows("r.source", "r.marking", null) is { } shown
        ? $"CASE WHEN {shown} THEN p.reason ELSE '{WithheldReason.Replace("'", "''", StringComparison.Ordinal)}' END"
        : "p.reason";

    /// <summary>What another organisation reads in place of a problem's reason in a file whose rows are withheld from it.</summary>
    public const string WithheldReason = "not shown: the reason may quote the row, and its source's terms show rows to the organisation that loaded them only";

    /// <summary>The rejected rows of the most recent ingests, newest first (for reports and tests).</summary>
    public IReadOnlyList<RejectedRow> Rejects(int limit = 1000)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.run_id, p.file, p.line, p.field, {ProblemReason()} FROM rejects p JOIN ingest_runs r ON r.id = p.run_id
            WHERE {Seen.Condition("r.marking")} ORDER BY p.run_id DESC, p.line LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var result = new List<RejectedRow>();
        while (reader.Read())
        {
            result.Add(new RejectedRow(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4)));
        }

        return result;
    }

    public IReadOnlyList<IngestRun> IngestRuns(int limit = 100)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, path, source, started_at, rows_read, added, updated, unchanged, rejected, warnings, linked
            FROM ingest_runs WHERE {Seen.Condition("marking")} ORDER BY id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var result = new List<IngestRun>();
        while (reader.Read())
        {
            result.Add(new IngestRun(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10)));
        }

        return result;
    }

    /// <summary>Earlier versions of one event, oldest first, with their raw source rows.</summary>
    public IReadOnlyList<(int Version, string Raw)> History(string id)
    {
        using var command = _connection.CreateCommand();
        // A version is seen under the marking of the file that delivered it, and only while the event itself is seen.
        var seen = Seen;
        command.CommandText = $"""
            SELECT v.version, v.raw_index, b.data FROM event_versions v JOIN raw_blocks b ON b.id = v.raw_block
            JOIN ingest_runs r ON r.id = v.run_id
            WHERE v.id = $id AND {seen.Condition("r.marking")}
              AND EXISTS (SELECT 1 FROM events e WHERE e.id = v.id AND {seen.Condition("e.marking")} AND {Rows("e.source", "e.marking", "e.flags") ?? "1"}
                AND {Rows("e.source", "r.marking", "e.flags") ?? "1"})
            ORDER BY v.version
            """;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var result = new List<(int, string)>();
        while (reader.Read())
        {
            result.Add((reader.GetInt32(0), RawBlock.Unpack((byte[])reader["data"])[reader.GetInt32(1)]));
        }

        return result;
    }

    /// <summary>The raw source row an event was read from, as the source file had it.</summary>
    public string? RawRow(string id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT e.raw_index, b.data FROM events e JOIN raw_blocks b ON b.id = e.raw_block WHERE e.id = $id AND {Seen.Condition("e.marking")} AND {Rows("e.source", "e.marking", "e.flags") ?? "1"}";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? RawBlock.Unpack((byte[])reader["data"])[reader.GetInt32(0)] : null;
    }

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

    public void Dispose() => _connection.Dispose();
}
