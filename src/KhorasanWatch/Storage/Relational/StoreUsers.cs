using System.Data.Common;
using KhorasanWatch.Coalition;
using static KhorasanWatch.Storage.Relational.Sql;

namespace KhorasanWatch.Storage.Relational;

/// <summary>Organisations, users and API tokens, in either backend (SQLite schema 6). Tokens are kept as their hashes.</summary>
internal static class StoreUsers
{
    public static void AddOrganisation(DbConnection connection, Organisation o) =>
        Run(connection, "INSERT INTO organisations(id, name, country, created_at, community) VALUES (@id, @name, @country, @at, @community)", null,
            ("@id", o.Id), ("@name", o.Name), ("@country", o.Country), ("@at", Time(o.CreatedAt)), ("@community", o.InCommunity ? 1 : 0));

    public static IReadOnlyList<Organisation> Organisations(DbConnection connection) =>
        Read(connection, "SELECT id, name, country, created_at, community FROM organisations ORDER BY id",
            r => new Organisation(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetString(3))) { InCommunity = Long(r, 4) == 1 });

    public static User AddUser(DbConnection connection, string name, string organisation, UserRole role, string? passwordHash, DateTimeOffset at)
    {
        var id = Scalar(connection, "INSERT INTO users(name, organisation, role, password, created_at) VALUES (@name, @org, @role, @password, @at) RETURNING id", null,
            ("@name", name), ("@org", organisation), ("@role", UserRoles.Name(role)), ("@password", passwordHash), ("@at", Time(at)));
        return new User(id, name, organisation, role, passwordHash is not null, at);
    }

    private const string UserColumns = "m.id, m.name, m.organisation, m.role, m.password, m.created_at";

    public static IReadOnlyList<User> Users(DbConnection connection) =>
        Read(connection, $"SELECT {UserColumns} FROM users m ORDER BY m.organisation, m.name", UserOf);

    public static bool HasUsers(DbConnection connection) =>
        Read(connection, "SELECT EXISTS(SELECT 1 FROM users)", r => Convert.ToBoolean(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture))[0];

    public static (User User, string? PasswordHash)? UserByName(DbConnection connection, string name)
    {
        var found = Read(connection, $"SELECT {UserColumns} FROM users m WHERE m.name = @name", r => (UserOf(r), Text(r, 4)), null, ("@name", name));
        return found.Count == 0 ? null : found[0];
    }

    public static ApiToken AddToken(DbConnection connection, long userId, string label, string tokenHash, DateTimeOffset at)
    {
        var id = Scalar(connection, "INSERT INTO api_tokens(\"user\", label, hash, created_at) VALUES (@user, @label, @hash, @at) RETURNING id", null,
            ("@user", userId), ("@label", label), ("@hash", tokenHash), ("@at", Time(at)));
        return new ApiToken(id, userId, label, at, null);
    }

    public static IReadOnlyList<ApiToken> Tokens(DbConnection connection) =>
        Read(connection, "SELECT id, \"user\", label, created_at, revoked_at FROM api_tokens ORDER BY id",
            r => new ApiToken(Long(r, 0), Long(r, 1), r.GetString(2), Time(r.GetString(3)), Text(r, 4) is { } revoked ? Time(revoked) : null));

    public static User? UserByToken(DbConnection connection, string tokenHash)
    {
        var found = Read(connection, $"SELECT {UserColumns} FROM api_tokens t JOIN users m ON m.id = t.\"user\" WHERE t.hash = @hash AND t.revoked_at IS NULL", UserOf, null, ("@hash", tokenHash));
        return found.Count == 0 ? null : found[0];
    }

    public static bool RevokeToken(DbConnection connection, long id, DateTimeOffset at) =>
        Run(connection, "UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL", null, ("@id", id), ("@at", Time(at))) == 1;

    private static User UserOf(DbDataReader r) => new(
        Long(r, 0), r.GetString(1), r.GetString(2),
        Enum.GetValues<UserRole>().Single(role => UserRoles.Name(role) == r.GetString(3)),
        !r.IsDBNull(4), Time(r.GetString(5)));
}
