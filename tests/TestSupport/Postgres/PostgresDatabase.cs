using Npgsql;

namespace KhorasanWatch.TestSupport;

/// <summary>
/// A database of its own for one test, in the PostgreSQL server that <c>KWATCH_TEST_PG</c> names
/// (<c>.ci/run</c> starts a throwaway cluster and sets it), dropped when the test ends. Without the
/// variable the PostgreSQL half of the contract suite is skipped, with that reason.
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    private const string Variable = "KWATCH_TEST_PG";
    private readonly string _server;
    private readonly string _name = $"kwatch_test_{Guid.NewGuid():N}";

    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrEmpty(server), $"{Variable} is not set: no PostgreSQL server to run the store contract on (.ci/run starts one).");
        _server = server!; // Not null: skipped above.
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        create.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name, Pooling = false }.ConnectionString;
    }

    /// <summary>The test's own database.</summary>
    public string ConnectionString { get; }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
