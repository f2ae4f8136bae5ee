using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Coalition;
using KhorasanWatch.Storage.Relational;
using Npgsql;

namespace KhorasanWatch.Storage.Postgres;

/// <summary>
/// The coalition's shared tables in a PostgreSQL database: the register, the matrices' versions,
/// organisations, users and tokens, and the audit log, read as one viewer. The SQL is the SQLite
/// store's own (<see cref="Relational"/>): one implementation of each rule, run on either backend.
/// The events' tables are the next part of the PostgreSQL store; until they are, <c>--db</c> takes
/// SQLite stores only (docs/store.md, "PostgreSQL").
/// </summary>
public sealed class PostgresCoalitionStore : ICoalitionStore
{
    private readonly NpgsqlConnection _connection;
    private Viewer _viewer = Viewer.LocalOwner;

    private PostgresCoalitionStore(NpgsqlConnection connection, string location)
    {
        _connection = connection;
        Location = location;
    }

    public string Location { get; }

    public Viewer Viewer => _viewer;

    /// <summary>Opens the store in the database <paramref name="connectionString"/> names, creating its tables when the database has none.</summary>
    public static PostgresCoalitionStore Open(string connectionString, Action<string>? upgrading = null)
    {
        var store = Connect(connectionString);
        try
        {
            PostgresMigrations.Apply(store._connection, store.Location, upgrading);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Opens a store that must exist at the latest schema, for reading: nothing is created or changed to read it.</summary>
    public static PostgresCoalitionStore OpenExisting(string connectionString)
    {
        var store = Connect(connectionString);
        try
        {
            PostgresMigrations.Check(store._connection, store.Location);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The connection string as messages may show it: without its password.</summary>
    public static string Shown(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Remove("Password");
        return builder.ConnectionString;
    }

    private static PostgresCoalitionStore Connect(string connectionString)
    {
        var location = Shown(connectionString);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            connection.Dispose();
            throw new StoreException(location, $"cannot connect to PostgreSQL: {e.Message}");
        }

        return new PostgresCoalitionStore(connection, location);
    }

    public void ViewAs(Viewer viewer) => _viewer = viewer;

    public ClaimSave SaveClaim(Claim claim, string origin, DateTimeOffset recordedAt) => StoreClaims.Save(_connection, claim, origin, recordedAt);

    public IReadOnlyList<Claim> Claims(string? subject = null) => StoreClaims.Seen(_connection, _viewer, StoreClaims.Latest(_connection, subject));

    public IReadOnlyList<ClaimVersion> ClaimHistory(string id) => StoreClaims.SeenHistory(_connection, _viewer, StoreClaims.History(_connection, id));

    public int SaveMatrix(string name, string json, string change, DateTimeOffset savedAt, Marking? marking = null) =>
        StoreMatrices.Save(_connection, name, json, change, savedAt, marking ?? Marking.Unmarked);

    public SavedMatrix? LatestMatrix(string name) => StoreMatrices.Latest(_connection, name, StoreMarkings.For(_connection, _viewer));

    public SavedMatrix? MatrixVersion(string name, int version) => StoreMatrices.Version(_connection, name, version, StoreMarkings.For(_connection, _viewer));

    public void AddOrganisation(Organisation organisation) => StoreUsers.AddOrganisation(_connection, organisation);

    public IReadOnlyList<Organisation> Organisations() => StoreUsers.Organisations(_connection);

    public User AddUser(string name, string organisation, UserRole role, string? passwordHash, DateTimeOffset at) =>
        StoreUsers.AddUser(_connection, name, organisation, role, passwordHash, at);

    public IReadOnlyList<User> Users() => StoreUsers.Users(_connection);

    public bool HasUsers() => StoreUsers.HasUsers(_connection);

    public (User User, string? PasswordHash)? UserByName(string name) => StoreUsers.UserByName(_connection, name);

    public ApiToken AddToken(long userId, string label, string tokenHash, DateTimeOffset at) => StoreUsers.AddToken(_connection, userId, label, tokenHash, at);

    public IReadOnlyList<ApiToken> Tokens() => StoreUsers.Tokens(_connection);

    public User? UserByToken(string tokenHash) => StoreUsers.UserByToken(_connection, tokenHash);

    public bool RevokeToken(long id, DateTimeOffset at) => StoreUsers.RevokeToken(_connection, id, at);

    public AuditEntry AppendAudit(AuditEntry entry) => StoreAudit.Append(_connection, entry);

    public IReadOnlyList<AuditEntry> AuditLog(AuditQuery query) => StoreAudit.Log(_connection, query);

    public void Dispose() => _connection.Dispose();
}
