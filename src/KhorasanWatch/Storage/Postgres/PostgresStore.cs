using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Coalition;
using KhorasanWatch.Storage.Relational;
using Npgsql;

namespace KhorasanWatch.Storage.Postgres;

/// <summary>
/// The coalition server's store: a PostgreSQL database, chosen by a connection string
/// (<c>Host=…</c>) where SQLite's is a file's path (docs/store.md, "PostgreSQL"). Everything both
/// backends do alike is <see cref="RelationalStore"/>'s, one implementation of each rule; this
/// class adds the writes by binary COPY (<see cref="PostgresFileWriter"/>), the totals read by
/// grouping the events (SQLite keeps them at ingest), the snapshots and the audit log, a table
/// of the same database whose trigger refuses any change.
/// </summary>
public sealed class PostgresStore : RelationalStore
{
    private readonly NpgsqlConnection _connection;

    private PostgresStore(NpgsqlConnection connection, string location)
        : base(connection, Dialect.Postgres)
    {
        _connection = connection;
        Location = location;
    }

    public override string Location { get; }

    /// <summary>Whether <paramref name="location"/> is a PostgreSQL connection string (it names a host), not a file's path.</summary>
    public static bool Names(string location)
    {
        if (!location.Contains('=', StringComparison.Ordinal))
        {
            return false; // a path
        }

        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(location).Host); // Host= or its synonym Server=
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Opens the store in the database <paramref name="connectionString"/> names, creating its tables when the database has none.</summary>
    public static PostgresStore Open(string connectionString, Action<string>? upgrading = null) =>
        Opened(connectionString, store => PostgresMigrations.Apply(store._connection, store.Location, upgrading));

    /// <summary>Opens a store that must exist at the latest schema, for reading: nothing is created or changed to read it.</summary>
    public static PostgresStore OpenExisting(string connectionString) =>
        Opened(connectionString, store => PostgresMigrations.Check(store._connection, store.Location));

    /// <summary>
    /// Whether the database holds a kwatch store (its schema's table). A server that cannot be reached
    /// is an error, not "no store": the sign-in gate and the audit log read "no store" as "no users".
    /// </summary>
    public static bool Exists(string connectionString)
    {
        using var store = Connect(connectionString);
        return Sql.Scalar(store._connection, "SELECT count(*) FROM pg_catalog.pg_class WHERE relnamespace = current_schema()::regnamespace AND relname = 'schema_version'") > 0;
    }

    /// <summary>The connection string as messages may show it: without its password.</summary>
    public static string Shown(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            builder.Remove("Password");
            builder.Remove("SSL Password");
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(a PostgreSQL connection string that cannot be read)";
        }
    }

    /// <summary>An error PostgreSQL gave after the store opened, as one line naming the store (never its password).</summary>
    public static StoreException Error(string location, NpgsqlException e) =>
        new(StoreFactory.Shown(location), $"PostgreSQL: {(e is PostgresException p ? p.MessageText : e.Message)}");

    private static PostgresStore Opened(string connectionString, Action<PostgresStore> ready)
    {
        var store = Connect(connectionString);
        try
        {
            ready(store);
            return store;
        }
        catch (NpgsqlException e)
        {
            store.Dispose();
            throw Error(store.Location, e);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static PostgresStore Connect(string connectionString)
    {
        var location = Shown(connectionString);
        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException(location, $"not a connection string PostgreSQL reads: {e.Message}");
        }

        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            connection.Dispose();
            throw new StoreException(location, $"cannot connect to PostgreSQL: {e.Message}");
        }

        return new PostgresStore(connection, location);
    }

    public override IFileWriter BeginFile(string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, Marking? marking = null) =>
        new PostgresFileWriter(_connection, path, source, linkRule, startedAt, marking ?? Marking.Unmarked);

    public override IReadOnlyList<Marking> EventMarkings()
    {
        var ids = Sql.Read(_connection, $"SELECT DISTINCT marking FROM events WHERE {Seen.Condition("marking")}", r => r.GetInt64(0));
        var all = StoreMarkings.All(_connection);
        return [.. ids.Select(id => all[id])];
    }

    /// <summary>Grouped from the events the reader may see (PostgreSQL reads them in parallel; SQLite keeps these totals at ingest).</summary>
    public override IReadOnlyList<SourceYear> Sources() =>
        Sql.Read(_connection, $"""
            SELECT source, CAST(substr(date_start, 1, 4) AS INTEGER) AS year, count(*),
                   count(*) FILTER (WHERE role <> 'none' AND attribution = 'certain'), count(*) FILTER (WHERE attribution = 'uncertain'),
                   max(date_start), dataset
            FROM events WHERE {Seen.Condition("marking")} GROUP BY source, dataset, year ORDER BY source, dataset, year
            """, r => new SourceYear(r.GetString(0), r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            Dataset = r.GetString(6) is { Length: > 0 } dataset ? dataset : null,
        });

    private protected override string NotCompiled => "coalesce(dataset, '') = ''";

    public override IReadOnlyList<MonthCount> OtherActorsByMonth(string country) =>
        Sql.Read(_connection, $"""
            SELECT substr(date_start, 1, 7) AS month, count(*) FROM events
            WHERE country = @country AND role = 'none' AND {Seen.Condition("marking")} GROUP BY month ORDER BY month
            """, r => new MonthCount(DateOnly.ParseExact(r.GetString(0) + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetInt64(1)), null, ("@country", country));

    private protected override Stream? ReadSnapshot(string key)
    {
        var found = Sql.Read(_connection, "SELECT data FROM snapshots WHERE key = @key AND generation = (SELECT coalesce(max(id), 0) FROM ingest_runs)",
            r => (byte[])r.GetValue(0), null, ("@key", key));
        return found.Count == 0 ? null : new MemoryStream(found[0], writable: false);
    }

    private protected override void SaveSnapshot(string kind, string key, ReadOnlyMemory<byte> data, long generation)
    {
        // Two processes' refreshes may meet: the one written last holds, each under the generation it read its events at.
        using var tx = Sql.Begin(_connection);
        Sql.Run(_connection, "DELETE FROM snapshots WHERE kind = @kind AND key <> @key", tx, ("@kind", kind), ("@key", key));
        Sql.Run(_connection, """
            INSERT INTO snapshots(kind, key, generation, data) VALUES (@kind, @key, @generation, @data)
            ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, generation = excluded.generation, data = excluded.data
            """, tx, ("@kind", kind), ("@key", key), ("@generation", generation), ("@data", data.ToArray()));
        tx.Commit();
    }

    public override AuditEntry AppendAudit(AuditEntry entry) => StoreAudit.Append(_connection, entry);

    public override IReadOnlyList<AuditEntry> AuditLog(AuditQuery query) => StoreAudit.Log(_connection, query);
}
