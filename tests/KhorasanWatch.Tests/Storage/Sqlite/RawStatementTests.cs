using KhorasanWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Tests.Storage.Sqlite;

/// <summary>The ingest's direct calls into SQLite store each kind of value exactly as given.</summary>
public sealed class RawStatementTests
{
    [Fact]
    public void EachKindOfValue_IsStoredAsBound()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        SqliteMigrations.Execute(connection, "CREATE TABLE t(text TEXT, empty TEXT NOT NULL, missing TEXT, whole INTEGER, real REAL, day TEXT)");
        using (var insert = new RawStatement(connection, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        {
            insert.ClearBindings();
            insert.Bind(1, "Kābul – ننگرهار");
            insert.Bind(2, "");
            insert.Bind(3, (string?)null);
            insert.Bind(4, long.MinValue);
            insert.Bind(5, 34.5553);
            insert.Bind(6, new DateOnly(2021, 8, 26));
            Assert.Equal(1, insert.Execute());
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT text, empty, typeof(missing), whole, real, day FROM t";
        using var row = read.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal("Kābul – ننگرهار", row.GetString(0));
        Assert.Equal("", row.GetString(1)); // an empty text, not NULL
        Assert.Equal("null", row.GetString(2));
        Assert.Equal(long.MinValue, row.GetInt64(3));
        Assert.Equal(34.5553, row.GetDouble(4));
        Assert.Equal("2021-08-26", row.GetString(5));
    }

    [Fact]
    public void AFailedStep_ThrowsWithSqlitesMessage_AndTheStatementCanRunAgain()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        SqliteMigrations.Execute(connection, "CREATE TABLE t(v TEXT NOT NULL)");
        using var insert = new RawStatement(connection, "INSERT INTO t VALUES (?1)");

        insert.ClearBindings();
        var error = Assert.Throws<SqliteException>(() => insert.Execute());
        Assert.Contains("NOT NULL", error.Message, StringComparison.Ordinal);

        insert.Bind(1, "ok");
        Assert.Equal(1, insert.Execute());
    }
}
