using System.Data.Common;
using System.Globalization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Storage.Relational;

/// <summary>
/// What SQLite's store and PostgreSQL's do alike, written once over either connection: reads of
/// events and their provenance, the ingests' problems, the register, the matrices, the users and
/// the boundaries, every read as the viewer's markings and the sources' licences allow. Each
/// backend adds its writes of events, its totals, its snapshots and its audit log.
/// </summary>
public abstract class RelationalStore : IWatchStore
{
    private protected RelationalStore(DbConnection connection, Dialect dialect)
    {
        Connection = connection;
        Dialect = dialect;
    }

    private protected DbConnection Connection { get; }

    private protected Dialect Dialect { get; }

    private Coalition.Viewer _viewer = Coalition.Viewer.LocalOwner;

    public abstract string Location { get; }

    public abstract IFileWriter BeginFile(string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, Coalition.Marking? marking = null);

    public abstract IReadOnlyList<Coalition.Marking> EventMarkings();

    public abstract IReadOnlyList<SourceYear> Sources();

    public abstract IReadOnlyList<MonthCount> OtherActorsByMonth(string country);

    /// <remarks>
    /// Read, per source the totals name, from the linkable events' index (country, source, day),
    /// which a store holding a second source has: the first record that could be linked (dated,
    /// placed, naming an actor), the first of the source's records there but for the vaguest; one
    /// seek a source, not a scan of the country.
    /// </remarks>
    public IReadOnlyList<SourceStart> FirstDaysIn(string country)
    {
        var starts = new List<SourceStart>();
        foreach (var source in Sources().Where(y => y.Dataset is null).Select(y => y.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var first = Sql.Read(Connection, $"""
                SELECT date_start FROM events
                WHERE country = @country AND source = @source AND linkable = 1 AND {NotCompiled} AND {Seen.Condition("marking")}
                ORDER BY date_start LIMIT 1
                """, r => r.GetString(0), null, ("@country", country), ("@source", source));
            if (first.Count > 0)
            {
                starts.Add(new SourceStart(source, DateOnly.ParseExact(first[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return starts;
    }

    /// <summary>An SQL condition on <c>events</c>: the row is the publisher's own, not of a curated compilation.</summary>
    private protected abstract string NotCompiled { get; }

    /// <summary>Snapshots hold what every event gives: read and written only for a reader who sees every marking.</summary>
    public Stream? OpenSnapshot(string key) => Seen.All ? ReadSnapshot(key) : null;

    public bool KeepsSnapshots => Seen.All;

    public void WriteSnapshot(string kind, string key, ReadOnlyMemory<byte> data, long generation)
    {
        if (Seen.All)
        {
            SaveSnapshot(kind, key, data, generation);
        }
    }

    /// <summary>The snapshot's bytes while no ingest has run since they were computed; null otherwise.</summary>
    private protected abstract Stream? ReadSnapshot(string key);

    /// <summary>Saves the bytes under the generation their events were read at, replacing every other snapshot of the kind.</summary>
    private protected abstract void SaveSnapshot(string kind, string key, ReadOnlyMemory<byte> data, long generation);

    public abstract Coalition.AuditEntry AppendAudit(Coalition.AuditEntry entry);

    public abstract IReadOnlyList<Coalition.AuditEntry> AuditLog(Coalition.AuditQuery query);

    public void ViewAs(Coalition.Viewer viewer) => _viewer = viewer;

    public Coalition.Viewer Viewer => _viewer;

    /// <summary>What the reader may see, worked out afresh for each read (a store has few markings): users or markings added since count.</summary>
    private protected Visibility Seen => StoreMarkings.For(Connection, _viewer);

    public string VisibilityKey => StoreMarkings.Key(Connection, _viewer);

    public IEnumerable<StoredEvent> Events(EventQuery query) =>
        Dialect == Dialect.Sqlite ? EventReader.Read(Connection, Dialect, query, Seen, Rows) : Paged(query);

    /// <summary>
    /// PostgreSQL keeps one open result per connection, and a caller may read the store again while it
    /// walks the events (each record's links, a footnote's rows): the events come in pages of 1,000 by
    /// the listing's own order (day, then id), each read whole before it is handed on.
    /// </summary>
    private IEnumerable<StoredEvent> Paged(EventQuery query)
    {
        const int Page = 1_000;
        var (left, after) = (query.Limit, query.After);
        while (left is not <= 0)
        {
            var size = left is { } l ? Math.Min(l, Page) : Page;
            var page = EventReader.Read(Connection, Dialect, query with { Limit = size, After = after }, Seen, Rows).ToList();
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < size)
            {
                yield break;
            }

            (left, after) = (left - page.Count, new EventPosition(page[^1].Event.Date.Start, page[^1].Event.Id));
        }
    }

    public IReadOnlySet<string>? RowsWithheld(IReadOnlyList<EventQuery> reads)
    {
        if (Rows("e.source", "e.marking", "e.flags") is not { } shown)
        {
            return null;
        }

        var seen = Seen;
        return reads.SelectMany(q => EventReader.Withheld(Connection, Dialect, q, seen, shown)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The licence rule on rows, as a SQL condition (<see cref="StoreMarkings.Rows"/>).</summary>
    private protected string? Rows(string source, string marking, string? flags) => StoreMarkings.Rows(Connection, _viewer, source, marking, flags);


    public long Generation()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(id), 0) FROM ingest_runs";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }


    public ClaimSave SaveClaim(Claim claim, string origin, DateTimeOffset recordedAt) => StoreClaims.Save(Connection, claim, origin, recordedAt);

    public IReadOnlyList<Claim> Claims(string? subject = null) => StoreClaims.Seen(Connection, _viewer, StoreClaims.Latest(Connection, subject));

    public IReadOnlyList<ClaimVersion> ClaimHistory(string id) => StoreClaims.SeenHistory(Connection, _viewer, StoreClaims.History(Connection, id));

    public int SaveMatrix(string name, string json, string change, DateTimeOffset savedAt, Coalition.Marking? marking = null) =>
        StoreMatrices.Save(Connection, name, json, change, savedAt, marking ?? Coalition.Marking.Unmarked);

    public SavedMatrix? LatestMatrix(string name) => StoreMatrices.Latest(Connection, name, Seen);

    public SavedMatrix? MatrixVersion(string name, int version) => StoreMatrices.Version(Connection, name, version, Seen);

    public void AddOrganisation(Coalition.Organisation organisation) => StoreUsers.AddOrganisation(Connection, organisation);

    public IReadOnlyList<Coalition.Organisation> Organisations() => StoreUsers.Organisations(Connection);

    public Coalition.User AddUser(string name, string organisation, Coalition.UserRole role, string? passwordHash, DateTimeOffset at) =>
        StoreUsers.AddUser(Connection, name, organisation, role, passwordHash, at);

    public IReadOnlyList<Coalition.User> Users() => StoreUsers.Users(Connection);

    public bool HasUsers() => StoreUsers.HasUsers(Connection);

    public (Coalition.User User, string? PasswordHash)? UserByName(string name) => StoreUsers.UserByName(Connection, name);

    public Coalition.ApiToken AddToken(long userId, string label, string tokenHash, DateTimeOffset at) => StoreUsers.AddToken(Connection, userId, label, tokenHash, at);

    public IReadOnlyList<Coalition.ApiToken> Tokens() => StoreUsers.Tokens(Connection);

    public Coalition.User? UserByToken(string tokenHash) => StoreUsers.UserByToken(Connection, tokenHash);

    public bool RevokeToken(long id, DateTimeOffset at) => StoreUsers.RevokeToken(Connection, id, at);


    public void SaveBoundaries(IReadOnlyList<BoundaryRecord> boundaries)
    {
        using var tx = Sql.Begin(Connection);
        using var command = Sql.Command(Connection, """
            INSERT INTO boundaries(country, admin1, origin, wkt) VALUES (@c, @a, @o, @g)
            ON CONFLICT(country, admin1) DO UPDATE SET origin = excluded.origin, wkt = excluded.wkt
            """, tx, ("@c", ""), ("@a", ""), ("@o", ""), ("@g", ""));
        var (c, a, o, g) = (command.Parameters[0], command.Parameters[1], command.Parameters[2], command.Parameters[3]);
        foreach (var b in boundaries)
        {
            (c.Value, a.Value, o.Value, g.Value) = (b.Country, b.Admin1, b.Origin, b.Wkt);
            command.ExecuteNonQuery();
        }

        tx.Commit();
    }

    public IReadOnlyList<BoundaryRecord> LoadBoundaries()
    {
        using var command = Connection.CreateCommand();
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
                throw new StoreException(Location, $"the stored boundary of {record.Admin1} ({record.Country}) is damaged ({e.Message.TrimEnd('.')}); import the boundaries again (geo import)");
            }

            result.Add(record);
        }

        return result;
    }

    /// <summary>The file as an ingest named it, or any path that ends in the given one (so "acled.csv" finds "data/acled.csv").</summary>
    private const string FileMatch = "(CAST(@file AS TEXT) IS NULL OR p.file = @file OR (length(p.file) > length(@file) AND substr(p.file, length(p.file) - length(@file)) = '/' || @file))";

    public IReadOnlyList<IngestProblem> Problems(ProblemQuery query)
    {
        using var command = Connection.CreateCommand();
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

        command.CommandText = string.Join(" UNION ALL ", parts) + " ORDER BY run_id DESC, line, kind LIMIT @limit";
        Sql.Bind(command, ("@file", query.File), ("@limit", query.Limit));
        using var reader = command.ExecuteReader();
        var result = new List<IngestProblem>();
        while (reader.Read())
        {
            result.Add(new IngestProblem(reader.GetString(0), Sql.Long(reader, 1), reader.GetString(2), reader.GetString(3), Sql.Long(reader, 4), reader.GetString(5), reader.GetString(6)));
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
        using var command = Connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.run_id, p.file, p.line, p.field, {ProblemReason()} FROM rejects p JOIN ingest_runs r ON r.id = p.run_id
            WHERE {Seen.Condition("r.marking")} ORDER BY p.run_id DESC, p.line LIMIT @limit
            """;
        Sql.Bind(command, ("@limit", limit));
        using var reader = command.ExecuteReader();
        var result = new List<RejectedRow>();
        while (reader.Read())
        {
            result.Add(new RejectedRow(Sql.Long(reader, 0), reader.GetString(1), Sql.Long(reader, 2), reader.GetString(3), reader.GetString(4)));
        }

        return result;
    }

    public IReadOnlyList<IngestRun> IngestRuns(int limit = 100)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, path, source, started_at, rows_read, added, updated, unchanged, rejected, warnings, linked
            FROM ingest_runs WHERE {Seen.Condition("marking")} ORDER BY id DESC LIMIT @limit
            """;
        Sql.Bind(command, ("@limit", limit));
        using var reader = command.ExecuteReader();
        var result = new List<IngestRun>();
        while (reader.Read())
        {
            result.Add(new IngestRun(
                Sql.Long(reader, 0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Sql.Long(reader, 4), Sql.Long(reader, 5),
                Sql.Long(reader, 6), Sql.Long(reader, 7), Sql.Long(reader, 8), Sql.Long(reader, 9), Sql.Long(reader, 10)));
        }

        return result;
    }

    /// <summary>Earlier versions of one event, oldest first, with their raw source rows.</summary>
    public IReadOnlyList<(int Version, string Raw)> History(string id)
    {
        using var command = Connection.CreateCommand();
        // A version is seen under the marking of the file that delivered it, and only while the event itself is seen.
        var seen = Seen;
        command.CommandText = $"""
            SELECT v.version, v.raw_index, b.data FROM event_versions v JOIN raw_blocks b ON b.id = v.raw_block
            JOIN ingest_runs r ON r.id = v.run_id
            WHERE v.id = @id AND {seen.Condition("r.marking")}
              AND EXISTS (SELECT 1 FROM events e WHERE e.id = v.id AND {seen.Condition("e.marking")} AND {Rows("e.source", "e.marking", "e.flags") ?? "TRUE"}
                AND {Rows("e.source", "r.marking", null) ?? "TRUE"})
            ORDER BY v.version
            """;
        Sql.Bind(command, ("@id", id));
        using var reader = command.ExecuteReader();
        var result = new List<(int, string)>();
        while (reader.Read())
        {
            result.Add((Sql.Int(reader, 0), RawBlock.Unpack((byte[])reader["data"])[Sql.Int(reader, 1)]));
        }

        return result;
    }

    /// <summary>The raw source row an event was read from, as the source file had it.</summary>
    public string? RawRow(string id)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT e.raw_index, b.data FROM events e JOIN raw_blocks b ON b.id = e.raw_block WHERE e.id = @id AND {Seen.Condition("e.marking")} AND {Rows("e.source", "e.marking", "e.flags") ?? "TRUE"}";
        Sql.Bind(command, ("@id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? RawBlock.Unpack((byte[])reader["data"])[Sql.Int(reader, 0)] : null;
    }


    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
