using System.Globalization;
using System.Text;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Tests.Storage;

/// <summary>
/// The links an ingest finds are exactly the pairs the pure <see cref="EventLinkRule"/> accepts
/// among all the stored records, whichever source comes first, in any order of files: the sweep
/// that finds candidates must miss none and invent none.
/// </summary>
public sealed class EventLinkingTests : IDisposable
{
    private static readonly string[] AcledActors =
        ["Islamic State Khorasan Province (ISKP)", "Taliban", "Military Forces of Pakistan (2018-)", "Civilians (Afghanistan)", "Unidentified Armed Group (Afghanistan)"];

    private static readonly string[] UcdpActors = ["IS", "Taleban", "Government of Pakistan", "Civilians"];

    private static readonly (string Country, string Admin1, string Admin2, double Lat, double Lon)[] Places =
    [
        ("Afghanistan", "Kabul", "Kabul", 34.5553, 69.2075),
        ("Afghanistan", "Nangarhar", "Jalalabad", 34.4265, 70.4515),
        ("Pakistan", "Khyber Pakhtunkhwa", "Peshawar", 34.0151, 71.5249),
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void TheLinksFound_AreThePairsTheRuleAccepts(int seed, bool ucdpFirst)
    {
        var random = new Random(seed);
        var acledA = _temp.Write($"acled-a-{seed}.csv", Text(Enumerable.Range(0, 400).Select(i => AcledRow(random, $"AFG{i}"))));
        var acledB = _temp.Write($"acled-b-{seed}.csv", Text(Enumerable.Range(400, 200).Select(i => AcledRow(random, $"AFG{i}"))));
        var ucdpA = _temp.Write($"ged-a-{seed}.csv", Ucdp(random, 1, 250));
        var ucdpB = _temp.Write($"ged-b-{seed}.csv", Ucdp(random, 1000, 150));
        using var store = SqliteEventStore.Open(_temp.File($"s{seed}.db"));
        var ingestor = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default);

        var linked = 0L;
        foreach (var file in ucdpFirst ? new[] { ucdpA, acledA, ucdpB, acledB } : [acledA, ucdpA, acledB, ucdpB])
        {
            linked += ingestor.Ingest(file).Counts.Linked;
        }

        var expected = RulePairs(store);
        Assert.True(expected.Count >= 20, $"the generated files should hold links to find, not {expected.Count}");
        Assert.Equal(expected, StoredPairs(store));
        Assert.Equal(expected.Count, linked);
    }

    [Fact]
    public void AStoreOfOneSource_KeepsNoLinkingIndex_UntilASecondSourceArrives()
    {
        var path = _temp.File("one.db");
        var random = new Random(4);
        bool Indexed()
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_link_place'";
            return (long)command.ExecuteScalar()! == 1;
        }

        using (var store = SqliteEventStore.Open(path))
        {
            new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default).Ingest(_temp.Write("one.csv", Text(Enumerable.Range(0, 50).Select(i => AcledRow(random, $"AFG{i}")))));
        }

        Assert.False(Indexed());
        using (var store = SqliteEventStore.Open(path))
        {
            new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default).Ingest(_temp.Write("one-ged.csv", Ucdp(random, 1, 30)));
        }

        Assert.True(Indexed());
    }

    [Fact]
    public void AnUpdatedRecordThatNowMatches_IsLinked()
    {
        using var store = SqliteEventStore.Open(_temp.File("u.db"));
        var ingestor = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default);
        ingestor.Ingest(_temp.Write("ged.csv", UcdpHeader + "9001,2021,3,IS,Civilians,Afghanistan,Kabul province,Kabul district,34.5600,69.2100,2021-08-26,2021-08-26,170,160,183\n"));
        ingestor.Ingest(_temp.Write("a1.csv", Text(new Row("AFG1", Date: "2021-08-20"))));

        var report = ingestor.Ingest(_temp.Write("a2.csv", Text(new Row("AFG1", Date: "2021-08-26"))));

        Assert.Equal((1L, 1L), (report.Counts.Updated, report.Counts.Linked));
        Assert.Equal(["ucdp:9001"], store.Events(new EventQuery()).Single(e => e.Event.Id == "acled:AFG1").LinkedIds);
    }

    /// <summary>What the schema 7 to 9 migrations added (markings, on the events and on the matrices' versions; the compilations' licence flag), taken away again, as a Khorasan Watch of schema 6 left a store.</summary>
    /// <summary>Takes a store back to schema 9: claims without their reading.</summary>
    public const string BackToSchemaNine = "ALTER TABLE claims DROP COLUMN reading; DELETE FROM schema_version WHERE version >= 10";

    public const string BackToSchemaSix = BackToSchemaNine + "; " +
        "UPDATE events SET flags = flags & ~8; ALTER TABLE ach_matrices DROP COLUMN marking; DROP TABLE markings; ALTER TABLE events DROP COLUMN marking; ALTER TABLE ingest_runs DROP COLUMN marking; ALTER TABLE organisations DROP COLUMN community; " +
        "CREATE TABLE y6(source TEXT NOT NULL, dataset TEXT NOT NULL, year INTEGER NOT NULL, events INTEGER NOT NULL, watched INTEGER NOT NULL, uncertain INTEGER NOT NULL, " +
        "last_day TEXT NOT NULL, PRIMARY KEY(source, dataset, year)) WITHOUT ROWID; " +
        "INSERT INTO y6 SELECT source, dataset, year, sum(events), sum(watched), sum(uncertain), max(last_day) FROM source_years GROUP BY 1, 2, 3; " +
        "DROP TABLE source_years; ALTER TABLE y6 RENAME TO source_years; " +
        "CREATE TABLE m6(country TEXT NOT NULL, month TEXT NOT NULL, others INTEGER NOT NULL, PRIMARY KEY(country, month)) WITHOUT ROWID; " +
        "INSERT INTO m6 SELECT country, month, sum(others) FROM country_months GROUP BY 1, 2; DROP TABLE country_months; ALTER TABLE m6 RENAME TO country_months; " +
        "DELETE FROM schema_version WHERE version >= 7";

    /// <summary>What the schema 4 migration added, taken away again, as a Khorasan Watch of schema 3 left a store.</summary>
    public const string BackToSchemaThree = BackToSchemaSix + "; " +
        "DROP TABLE api_tokens; DROP TABLE users; DROP TABLE organisations; " +
        "DROP INDEX IF EXISTS events_link_place; ALTER TABLE events DROP COLUMN link_admin2; CREATE INDEX events_linkable ON events(date_start) WHERE linkable = 1";

    [Fact]
    public void AStoreOfSchemaThree_LinksByDistrictAfterItsUpgrade()
    {
        var path = _temp.File("old.db");
        using (var store = SqliteEventStore.Open(path))
        {
            new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default).Ingest(_temp.Write("a.csv", Text(new Row("AFG1"))));
        }

        StoreSql.Execute(path, $"{BackToSchemaThree}; DELETE FROM schema_version WHERE version >= 4");
        using (var store = SqliteEventStore.Open(path))
        {
            // No coordinates: only the district the upgrade copied out of the stored record can link the two.
            var report = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default).Ingest(_temp.Write("ged.csv",
                UcdpHeader + "9001,2021,3,IS,Civilians,Afghanistan,Kabul province,Kabul district,,,2021-08-26,2021-08-26,170,160,183\n"));

            Assert.Equal(1, report.Counts.Linked);
            Assert.Equal(["ucdp:9001"], store.Events(new EventQuery()).Single(e => e.Event.Id == "acled:AFG1").LinkedIds);
        }
    }

    private const string UcdpHeader = "id,year,type_of_violence,side_a,side_b,country,adm_1,adm_2,latitude,longitude,date_start,date_end,best,low,high\n";

    private static Row AcledRow(Random random, string id)
    {
        var place = Places[random.Next(Places.Length)];
        var day = new DateOnly(2020, 1, 1).AddDays(random.Next(120));
        return new Row(
            id,
            Date: day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Actor1: AcledActors[random.Next(AcledActors.Length)],
            Actor2: AcledActors[random.Next(AcledActors.Length)],
            Country: place.Country,
            Admin1: place.Admin1,
            Admin2: place.Admin2,
            Latitude: Math.Round(place.Lat + ((random.NextDouble() - 0.5) * 0.3), 4),
            Longitude: Math.Round(place.Lon + ((random.NextDouble() - 0.5) * 0.3), 4));
    }

    /// <summary>UCDP rows on the same days and places, some spanning days, some without coordinates (a district only).</summary>
    private static string Ucdp(Random random, int firstId, int count)
    {
        var text = new StringBuilder(UcdpHeader);
        for (var i = 0; i < count; i++)
        {
            var place = Places[random.Next(Places.Length)];
            var start = new DateOnly(2020, 1, 1).AddDays(random.Next(-20, 130));
            var end = start.AddDays(random.Next(4) == 0 ? random.Next(1, 40) : 0);
            var coordinates = random.Next(5) == 0
                ? ","
                : string.Create(CultureInfo.InvariantCulture, $"{place.Lat + ((random.NextDouble() - 0.5) * 0.3):0.0000},{place.Lon + ((random.NextDouble() - 0.5) * 0.3):0.0000}");
            text.Append(CultureInfo.InvariantCulture,
                $"{firstId + i},{start.Year},3,{UcdpActors[random.Next(UcdpActors.Length)]},{UcdpActors[random.Next(UcdpActors.Length)]},{place.Country},{place.Admin1} province,{place.Admin2} district,{coordinates},{start:yyyy-MM-dd},{end:yyyy-MM-dd},2,1,3\n");
        }

        return text.ToString();
    }

    /// <summary>Every cross-source pair of stored linkable records the rule accepts, by brute force over all pairs.</summary>
    private static SortedSet<string> RulePairs(SqliteEventStore store)
    {
        var rule = new EventLinkRule(WatchProfile.Iskp.GenericActorIds);
        var records = store.Events(new EventQuery()).Select(s => s.Event).Where(rule.IsLinkable)
            .Select(e => new LinkCandidate(e.Id, e.Source.Code(), e.Date, e.Country, e.Admin2, e.Latitude, e.Longitude, e.ActorIds)).ToList();
        var pairs = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            for (var j = i + 1; j < records.Count; j++)
            {
                if (rule.Match(records[i], records[j]) is not null)
                {
                    pairs.Add(Pair(records[i].Id, records[j].Id));
                }
            }
        }

        return pairs;
    }

    private static SortedSet<string> StoredPairs(SqliteEventStore store) =>
        new(store.Events(new EventQuery()).SelectMany(s => s.LinkedIds.Select(other => Pair(s.Event.Id, other))), StringComparer.Ordinal);

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} ~ {b}" : $"{b} ~ {a}";
}
