using FsCheck;
using FsCheck.Fluent;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Storage.Relational;
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

    [FsCheck.Xunit.Property]
    public Property AJoinedBinding_StoresWhatStringJoinWouldMake(string?[] parts, bool enclosed, bool unitSeparator)
    {
        var separator = unitSeparator ? EventDetails.Separator : ';';
        var joined = string.Join(separator, parts.Select(p => (p ?? "").Replace(separator, ' ')));
        var expected = enclosed && parts.Length > 0 ? separator + joined + separator : joined;
        var (viaString, viaJoin) = StoreBoth(s => s.Bind(1, expected), s => s.BindJoined(1, parts, separator, enclosed));
        return (viaString == viaJoin).Label($"{viaString} <> {viaJoin}");
    }

    [Fact]
    public void TheIngestsDetailsBinding_StoresWhatEventDetailsPackMakes()
    {
        var e = new ConflictEvent
        {
            Id = "acled:1",
            Source = EventSource.Acled,
            Date = EventDate.OnDay(new DateOnly(2021, 8, 26)),
            Country = "AFG",
            EventType = EventType.ExplosionOrRemoteViolence,
            Fatalities = Fatalities.Unknown,
            Admin2 = "Kabul",
            Notes = "On 26 August 2021, a suicide bomber \u001f attacked \"Abbey Gate\", Kabul; 170+ killed.",
            Actor1 = "Islamic State Khorasan Province (ISKP)",
        };
        var (packed, bound) = StoreBoth(s => s.Bind(1, EventDetails.Pack(e)), s =>
        {
            var fields = EventDetails.Of(e);
            s.BindJoined(1, fields, EventDetails.Separator);
        });
        Assert.Equal(packed, bound);
        Assert.Equal(e.Notes.Replace('\u001f', ' '), EventDetails.Split(bound)[10]);
    }

    [FsCheck.Xunit.Property]
    public Property ADate_IsStoredAsIsoDigits(DateOnly day)
    {
        var (formatted, bound) = StoreBoth(s => s.Bind(1, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), s => s.Bind(1, day));
        return (formatted == bound).Label($"{formatted} <> {bound}");
    }

    /// <summary>Stores one value bound each way and reads both back.</summary>
    private static (string First, string Second) StoreBoth(Action<RawStatement> first, Action<RawStatement> second)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        SqliteMigrations.Execute(connection, "CREATE TABLE t(n INTEGER PRIMARY KEY, v TEXT NOT NULL)");
        using (var insert = new RawStatement(connection, "INSERT INTO t(v) VALUES (?1)"))
        {
            foreach (var bind in new[] { first, second })
            {
                insert.ClearBindings();
                bind(insert);
                insert.Execute();
            }
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT v FROM t ORDER BY n";
        using var rows = read.ExecuteReader();
        rows.Read();
        var a = rows.GetString(0);
        rows.Read();
        return (a, rows.GetString(0));
    }
}
