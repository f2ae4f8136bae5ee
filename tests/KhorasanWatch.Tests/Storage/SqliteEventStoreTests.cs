using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Tests.Storage;

public sealed class SqliteEventStoreTests
{
    [Fact]
    public void ANewStore_IsCreatedAtTheLatestSchemaVersion()
    {
        using var temp = new TempFolder();
        using (var store = SqliteEventStore.Open(temp.File("s.db")))
        {
            Assert.Equal(0, store.Count("events"));
        }

        Assert.Equal(10L, Scalar(temp.File("s.db"), "SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public void AStoreOfSchemaFive_GainsTheCoalitionTables_InAShortUpgrade()
    {
        using var temp = new TempFolder();
        var path = temp.File("s.db");
        SqliteEventStore.Open(path).Dispose();
        StoreSql.Execute(path, EventLinkingTests.BackToSchemaSix + "; DROP TABLE api_tokens; DROP TABLE users; DROP TABLE organisations; DELETE FROM schema_version WHERE version >= 6");
        Assert.Throws<StoreException>(() => SqliteEventStore.OpenReadOnly(path).Dispose()); // a reading verb changes nothing

        var told = new List<string>();
        using (var store = SqliteEventStore.Open(path, told.Add))
        {
            store.AddOrganisation(new KhorasanWatch.Coalition.Organisation("fin-def", "FDF", "FIN", DateTimeOffset.UnixEpoch));
            Assert.Equal("fin-def", Assert.Single(store.Organisations()).Id);
        }

        Assert.Equal("upgrading the store from schema version 5 to 10, once", Assert.Single(told));
    }

    [Fact]
    public void AStoreOfSchemaEight_FlagsItsSharedCompilationsRows_AndNoOtherRow()
    {
        using var temp = new TempFolder();
        var path = temp.File("s.db");
        using (var store = SqliteEventStore.Open(path))
        {
            new KhorasanWatch.Ingestion.Ingestor(store, KhorasanWatch.Analysis.Profiles.WatchProfile.Iskp, KhorasanWatch.Analysis.Places.Gazetteer.Default).Ingest(temp.Write("t.csv", AcledCsv.Text(
                new AcledCsv.Row("KWS1", Tags: "dataset=Khorasan Watch curated compilation"),
                new AcledCsv.Row("AFG2", Tags: "dataset=another list"),
                new AcledCsv.Row("AFG3"))));
        }

        const string Flagged = "SELECT total(CASE WHEN id = 'acled:KWS1' THEN 1 ELSE 100 END) FROM events WHERE flags & 8";
        Assert.Equal(1L, Scalar(path, Flagged)); // the ingest flags the compilation's row, and no other
        Scalar(path, "UPDATE events SET flags = flags & ~8");
        StoreSql.Execute(path, EventLinkingTests.BackToSchemaNine);
        Scalar(path, "DELETE FROM schema_version WHERE version >= 9");
        Assert.Equal(0L, Scalar(path, Flagged));
        SqliteEventStore.Open(path).Dispose();

        Assert.Equal(1L, Scalar(path, Flagged)); // and so does the upgrade
    }

    [Theory]
    [InlineData("кабул")] // Cyrillic, lower case: SQLite's own lower() folds ASCII letters only
    [InlineData("КАБУЛ")]
    [InlineData("hérat")]
    [InlineData("prison")]
    public void TheTextFilter_FoldsTheCaseOfEveryScript(string text)
    {
        using var temp = new TempFolder();
        using var store = SqliteEventStore.Open(temp.File("s.db"));
        var csv = temp.Write("t.csv", AcledCsv.Text(
            new AcledCsv.Row("AFG1", Notes: "НАПАДЕНИЕ В КАБУЛЕ: ISKP attacked a market."),
            new AcledCsv.Row("AFG2", Notes: "ISKP attacked the HÉRAT PRISON gate."),
            new AcledCsv.Row("AFG3", Notes: "ISKP attacked a checkpoint.")));
        new KhorasanWatch.Ingestion.Ingestor(store, KhorasanWatch.Analysis.Profiles.WatchProfile.Iskp, KhorasanWatch.Analysis.Places.Gazetteer.Default).Ingest(csv);

        var found = store.Events(new EventQuery { Text = text }).Select(e => e.Event.Id).ToList();

        Assert.Equal(text.StartsWith("к", StringComparison.OrdinalIgnoreCase) ? ["acled:AFG1"] : ["acled:AFG2"], found);
    }

    [Fact]
    public void AVersionOneStore_GainsTheRegisterTablesAndKeepsItsEvents()
    {
        using var temp = new TempFolder();
        var path = temp.File("s.db");
        using (var store = SqliteEventStore.Open(path))
        {
            new KhorasanWatch.Ingestion.Ingestor(store, KhorasanWatch.Analysis.Profiles.WatchProfile.Iskp, KhorasanWatch.Analysis.Places.Gazetteer.Default)
                .Ingest(Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"));
        }

        // Take the store back to schema 1, as a Khorasan Watch of that version left it.
        StoreSql.Execute(path, EventLinkingTests.BackToSchemaThree);
        Scalar(path, "DROP TABLE claims");
        Scalar(path, "DROP TABLE ach_matrices");
        Scalar(path, "DROP TABLE source_years");
        Scalar(path, "DROP TABLE country_months");
        Scalar(path, "DROP INDEX events_strikes");
        Scalar(path, "DELETE FROM schema_version WHERE version >= 2");

        using (var store = SqliteEventStore.Open(path))
        {
            Assert.Equal(62, store.Count("events"));
            Assert.Empty(store.Claims());
            Assert.Equal(62, store.Sources().Sum(y => y.Events));
        }

        Assert.Equal(10L, Scalar(path, "SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public void AStoreFromANewerVersion_IsRefusedNotMisread()
    {
        using var temp = new TempFolder();
        SqliteEventStore.Open(temp.File("s.db")).Dispose();
        Scalar(temp.File("s.db"), "INSERT INTO schema_version(version) VALUES (99)");

        var error = Assert.Throws<StoreException>(() => SqliteEventStore.Open(temp.File("s.db")));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotADatabase_GivesAClearError()
    {
        using var temp = new TempFolder();
        var path = temp.Write("notes.txt", new string('x', 4096));

        var error = Assert.Throws<StoreException>(() => SqliteEventStore.Open(path));
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    private static long Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
