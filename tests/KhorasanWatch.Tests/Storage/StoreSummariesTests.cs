using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Relational;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Tests.Storage;

/// <summary>
/// The totals each ingest keeps (sources per year, other actors per month, the strikes' index) must
/// say what a scan of the events says, through added, updated, unchanged and duplicate rows, rows
/// that move between years, actors, countries and compilations, and the migration of an older store.
/// </summary>
public sealed class StoreSummariesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheTotals_AreTheScansAnswer_AfterEveryIngest(int seed)
    {
        var random = new Random(seed);
        using var store = SqliteEventStore.Open(_temp.File("s.db"));
        var ingestor = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default);
        for (var file = 0; file < 6; file++)
        {
            // Ids from a small pool, so later files update, repeat and leave alone earlier rows.
            var rows = Enumerable.Range(0, 60).Select(_ => RandomRow(random, $"AFG{random.Next(80)}")).ToList();
            ingestor.Ingest(_temp.Write($"f{file}.csv", Text(rows)));

            AssertTotalsMatchTheEvents(store);
        }
    }

    [Fact]
    public void AnUpdateThatLeavesTheYearsLastDay_MovesTheLastDayBack()
    {
        using var store = SqliteEventStore.Open(_temp.File("s.db"));
        var ingestor = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default);
        ingestor.Ingest(_temp.Write("a.csv", Text(new Row("AFG1", Date: "2021-03-01"), new Row("AFG2", Date: "2021-11-30"))));
        ingestor.Ingest(_temp.Write("b.csv", Text(new Row("AFG1", Date: "2021-03-01"), new Row("AFG2", Date: "2021-05-02"))));

        var year = Assert.Single(store.Sources());
        Assert.Equal((2L, new DateOnly(2021, 5, 2)), (year.Events, year.LastDay));
    }

    [Fact]
    public void AStoreOfSchemaTwo_GainsItsTotalsWhenAWritingVerbOpensIt()
    {
        var path = _temp.File("s.db");
        var random = new Random(7);
        using (var store = SqliteEventStore.Open(path))
        {
            new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default)
                .Ingest(_temp.Write("a.csv", Text(Enumerable.Range(0, 80).Select(i => RandomRow(random, $"AFG{i}")))));
        }

        // Take the store back to schema 2, as a Khorasan Watch of that version left it.
        StoreSql.Execute(path, $"{EventLinkingTests.BackToSchemaThree}; DROP TABLE source_years; DROP TABLE country_months; DROP INDEX events_strikes; " +
            $"UPDATE events SET flags = flags & ~{EventFlags.AirStrike}; DELETE FROM schema_version WHERE version >= 3");
        Assert.Throws<StoreException>(() => SqliteEventStore.OpenReadOnly(path).Dispose());

        var told = new List<string>();
        using (var store = SqliteEventStore.Open(path, told.Add))
        {
            AssertTotalsMatchTheEvents(store);
        }

        Assert.Contains("upgrading the store from schema version 2 to 10", Assert.Single(told), StringComparison.Ordinal);
    }

    private static Row RandomRow(Random random, string id)
    {
        var (actor1, actor2) = random.Next(4) switch
        {
            0 => ("Islamic State Khorasan Province (ISKP)", "Civilians (Afghanistan)"),
            1 => ("Taliban and/or Islamic State Khorasan Province (ISKP)", "Civilians (Afghanistan)"),
            2 => ("Military Forces of the United States (2021-)", "Civilians (Afghanistan)"),
            _ => ("Taliban", "Military Forces of Afghanistan (2004-2021)"),
        };
        var (country, admin1, lat, lon) = random.Next(3) == 0 ? ("Pakistan", "Khyber Pakhtunkhwa", 34.0, 71.5) : ("Afghanistan", "Kabul", 34.5553, 69.2075);
        return new Row(
            id,
            Date: $"{2016 + random.Next(8)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}",
            SubEventType: random.Next(3) == 0 ? "Air/drone strike" : "Suicide bomb",
            Actor1: actor1,
            Actor2: actor2,
            Country: country,
            Admin1: admin1,
            Admin2: admin1,
            Latitude: lat,
            Longitude: lon,
            Fatalities: $"{random.Next(20)}",
            Tags: random.Next(4) == 0 ? "dataset=A curated compilation" : "");
    }

    /// <summary>What the tables say against what the events themselves say, computed here from every stored event.</summary>
    private static void AssertTotalsMatchTheEvents(SqliteEventStore store)
    {
        var events = store.Events(new EventQuery()).Select(s => s.Event).ToList();
        var expected = events
            .GroupBy(e => (Source: e.Source.Code(), e.Dataset, e.Date.Start.Year))
            .OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Dataset ?? "", StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g => $"{g.Key.Source}|{g.Key.Dataset}|{g.Key.Year}|{g.Count()}|{g.Count(e => e.Role != WatchRole.None && e.Attribution == Attribution.Certain)}|{g.Count(e => e.Attribution == Attribution.Uncertain)}|{g.Max(e => e.Date.Start):yyyy-MM-dd}");
        var stored = store.Sources().Select(y => $"{y.Source}|{y.Dataset}|{y.Year}|{y.Events}|{y.Watched}|{y.Uncertain}|{y.LastDay:yyyy-MM-dd}");
        Assert.Equal(expected, stored);

        foreach (var country in new[] { "AFG", "PAK" })
        {
            var months = events.Where(e => e.Country == country && e.Role == WatchRole.None)
                .GroupBy(e => new DateOnly(e.Date.Start.Year, e.Date.Start.Month, 1)).OrderBy(g => g.Key).Select(g => $"{g.Key:yyyy-MM} {g.Count()}");
            Assert.Equal(months, store.OtherActorsByMonth(country).Select(m => $"{m.Month:yyyy-MM} {m.Events}"));
        }

        var strikes = events.Where(e => IndicatorRules.IsAirOrDroneStrike(e.SubEventType)).Select(e => e.Id).Order(StringComparer.Ordinal);
        Assert.Equal(strikes, store.Events(new EventQuery(AirStrikesOnly: true)).Select(s => s.Event.Id).Order(StringComparer.Ordinal));
    }
}
