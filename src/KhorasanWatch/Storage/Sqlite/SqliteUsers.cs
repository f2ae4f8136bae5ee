using System.Globalization;
using KhorasanWatch.Coalition;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>Organisations, users and API tokens in SQLite (schema 6). Tokens are kept as their hashes.</summary>
internal static class SqliteUsers
{
    public static void AddOrganisation(SqliteConnection connection, Organisation o) =>
        Run(connection, "INSERT INTO organisations(id, name, country, created_at, community) VALUES ($id, $name, $country, $at, $community)",
            ("$id", o.Id), ("$name", o.Name), ("$country", o.Country), ("$at", Time(o.CreatedAt)), ("$community", o.InCommunity ? 1 : 0));

    public static IReadOnlyList<Organisation> Organisations(SqliteConnection connection) =>
        Read(connection, "SELECT id, name, country, created_at, community FROM organisations ORDER BY id",
            r => new Organisation(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetString(3))) { InCommunity = r.GetInt64(4) == 1 });

    public static User AddUser(SqliteConnection connection, string name, string organisation, UserRole role, string? passwordHash, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO users(name, organisation, role, password, created_at) VALUES ($name, $org, $role, $password, $at) RETURNING id";
        Bind(command, ("$name", name), ("$org", organisation), ("$role", UserRoles.Name(role)), ("$password", passwordHash), ("$at", Time(at)));
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new User(id, name, organisation, role, passwordHash is not null, at);
    }

    private const string UserColumns = "m.id, m.name, m.organisation, m.role, m.password, m.created_at";

    public static IReadOnlyList<User> Users(SqliteConnection connection) =>
        Read(connection, $"SELECT {UserColumns} FROM users m ORDER BY m.organisation, m.name", r => UserOf(r));

    public static bool HasUsers(SqliteConnection connection) =>
        Read(connection, "SELECT EXISTS(SELECT 1 FROM users)", r => r.GetInt64(0) == 1)[0];

    public static (User User, string? PasswordHash)? UserByName(SqliteConnection connection, string name)
    {
        var found = Read(connection, $"SELECT {UserColumns} FROM users m WHERE m.name = $name", r => (UserOf(r), r.IsDBNull(4) ? null : r.GetString(4)), ("$name", name));
        return found.Count == 0 ? null : found[0];
    }

    public static ApiToken AddToken(SqliteConnection connection, long userId, string label, string tokenHash, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_tokens(user, label, hash, created_at) VALUES ($user, $label, $hash, $at) RETURNING id";
        Bind(command, ("$user", userId), ("$label", label), ("$hash", tokenHash), ("$at", Time(at)));
        return new ApiToken(Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture), userId, label, at, null);
    }

    public static IReadOnlyList<ApiToken> Tokens(SqliteConnection connection) =>
        Read(connection, "SELECT id, user, label, created_at, revoked_at FROM api_tokens ORDER BY id",
            r => new ApiToken(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Time(r.GetString(3)), r.IsDBNull(4) ? null : Time(r.GetString(4))));

    public static User? UserByToken(SqliteConnection connection, string tokenHash)
    {
        var found = Read(connection, $"SELECT {UserColumns} FROM api_tokens t JOIN users m ON m.id = t.user WHERE t.hash = $hash AND t.revoked_at IS NULL", r => UserOf(r), ("$hash", tokenHash));
        return found.Count == 0 ? null : found[0];
    }

    public static bool RevokeToken(SqliteConnection connection, long id, DateTimeOffset at) =>
        Run(connection, "UPDATE api_tokens SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL", ("$id", id), ("$at", Time(at))) == 1;

    private static User UserOf(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2),
        Enum.GetValues<UserRole>().Single(role => UserRoles.Name(role) == r.GetString(3)),
        !r.IsDBNull(4), Time(r.GetString(5)));

    internal static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static int Run(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, parameters);
        return command.ExecuteNonQuery();
    }

    internal static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> row, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, parameters);
        using var r = command.ExecuteReader();
        var rows = new List<T>();
        while (r.Read())
        {
            rows.Add(row(r));
        }

        return rows;
    }

    internal static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
