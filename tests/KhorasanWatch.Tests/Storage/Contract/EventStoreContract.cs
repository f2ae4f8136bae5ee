using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Coalition;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Storage;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Tests.Storage.Contract;

/// <summary>
/// The store contract for the events (<see cref="IWatchStore"/> beyond <see cref="ICoalitionStore"/>):
/// one class of tests, run on each backend by a subclass, writing through the real ingest. Every
/// read and write of the events, their provenance, totals, links, markings, boundaries and snapshots.
/// </summary>
public abstract class EventStoreContract : IDisposable
{
    private const string UcdpHeader = "id,year,type_of_violence,side_a,side_b,country,adm_1,adm_2,latitude,longitude,date_start,date_end,best,low,high\n";

    private protected TempFolder Temp { get; } = new();

    /// <summary>Opens the test's store, a new one the first time (each call a connection of its own).</summary>
    protected abstract IWatchStore Open();

    public virtual void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static FileReport Ingest(IWatchStore store, string file, Marking? marking = null) =>
        new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default, marking: marking).Ingest(file);

    private static List<string> Ids(IWatchStore store, EventQuery query) => [.. store.Events(query).Select(e => e.Event.Id)];

    [Fact]
    public void AFile_AddsItsRows_AndAgainLeavesThemUnchanged_ButForAChangedOne_WhoseVersionIsKept()
    {
        using var store = Open();
        Assert.Equal(0, store.Generation());
        var first = Ingest(store, Temp.Write("a.csv", Text(new Row("AFG1", Fatalities: "10"), new Row("AFG2", Date: "2021-09-01"))));
        Assert.Equal((2L, 0L, 0L), (first.Counts.Added, first.Counts.Updated, first.Counts.Unchanged));
        var generation = store.Generation();

        var second = Ingest(store, Temp.Write("b.csv", Text(new Row("AFG1", Fatalities: "12"), new Row("AFG2", Date: "2021-09-01"), new Row("AFG1", Fatalities: "13"))));

        Assert.Equal((0L, 1L, 1L, 1L), (second.Counts.Added, second.Counts.Updated, second.Counts.Unchanged, second.Counts.Rejected)); // the second AFG1 is a duplicate
        Assert.True(store.Generation() > generation);
        var afg1 = store.Events(new EventQuery(Ids: ["acled:AFG1"])).Single();
        Assert.Equal((2, 12), (afg1.Version, afg1.Event.Fatalities.Best));
        var history = store.History("acled:AFG1");
        Assert.Equal(1, Assert.Single(history).Version);
        Assert.Contains(",10,", history[0].Raw, StringComparison.Ordinal);
        Assert.Contains(",12,", store.RawRow("acled:AFG1"), StringComparison.Ordinal);
        Assert.Null(store.RawRow("acled:NOPE"));
        Assert.Equal([(0L, 1L), (2L, 0L)], store.IngestRuns().Select(r => (r.Added, r.Updated))); // newest first
        Assert.Equal((3L, 1L), (store.IngestRuns()[0].Read, store.IngestRuns()[0].Unchanged));
        Assert.EndsWith("b.csv", store.IngestRuns()[0].File, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNotCommitted_LeavesTheStoreAsItWas()
    {
        using var store = Open();
        Ingest(store, Temp.Write("a.csv", Text(new Row("AFG1"))));
        var generation = store.Generation();
        var raw = RawBlock.Pack(["a row"]);
        var e = store.Events(new EventQuery()).Single().Event with { Id = "acled:AFG9" };
        using (var writer = store.BeginFile("c.csv", EventSource.Acled, new EventLinkRule(WatchProfile.Iskp.GenericActorIds), DateTimeOffset.UnixEpoch))
        {
            Assert.Equal(UpsertOutcome.Added, writer.Upsert(e, 2, new RawRecord(raw, 0, 42), out _));
            writer.Reject(new KhorasanWatch.Sources.RowIssue("c.csv", 3, "event_date", "not a date"), "bad,row");
            writer.LinkAcrossSources(); // the row is written to the store now, inside the file's transaction
        }

        Assert.Equal(["acled:AFG1"], Ids(store, new EventQuery()));
        Assert.Equal(generation, store.Generation());
        Assert.Empty(store.Rejects());
    }

    [Fact]
    public void TheProblems_AreListedByKindAndFile_NewestRunFirst()
    {
        using var store = Open();
        Directory.CreateDirectory(Temp.File("data"));
        Ingest(store, Temp.Write("data/one.csv", Text(new Row("AFG1"), new Row("AFG2", Date: "the 32nd"))));
        Ingest(store, Temp.Write("two.csv", Text(new Row("AFG3", Date: "2021-13-01"))));

        var all = store.Problems(new ProblemQuery());
        Assert.Equal(["two.csv", "one.csv"], all.Select(p => Path.GetFileName(p.File)).Distinct());
        Assert.All(all, p => Assert.Equal(IngestProblem.Rejected, p.Kind));
        Assert.Single(store.Problems(new ProblemQuery(File: "one.csv"))); // a file as named, or any path that ends in it
        Assert.Single(store.Problems(new ProblemQuery(File: "data/one.csv")));
        Assert.Empty(store.Problems(new ProblemQuery(File: "ne.csv")));
        Assert.Empty(store.Problems(new ProblemQuery(Kind: IngestProblem.Warning)));
        Assert.Equal(3, store.Rejects().Single(r => r.File.EndsWith("one.csv", StringComparison.Ordinal)).Line);
        Assert.Single(store.Problems(new ProblemQuery(Limit: 1)));
    }

    [Fact]
    public void Events_AreFiltered_Ordered_AndPaged_AsAsked()
    {
        using var store = Open();
        Ingest(store, Temp.Write("a.csv", Text(
            new Row("AFG1", Date: "2021-01-05", Admin1: "Nangarhar", Notes: "ISKP attacked a Hazara MOSQUE in Jalalabad."),
            new Row("AFG2", Date: "2021-02-05", Actor1: "Taliban", Actor2: "Civilians (Afghanistan)", Notes: "Taliban fighters beat a man."),
            new Row("PAK1", Date: "2021-03-05", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Peshawar", Latitude: 34.0, Longitude: 71.5),
            new Row("AFG3", Date: "2021-04-05", Admin1: "Kabul"))));

        Assert.Equal(["acled:AFG1", "acled:AFG2", "acled:PAK1", "acled:AFG3"], Ids(store, new EventQuery()));
        Assert.Equal(["acled:AFG3", "acled:PAK1", "acled:AFG1"], Ids(store, new EventQuery(WatchedOnly: true) { NewestFirst = true }));
        Assert.Equal(["acled:PAK1"], Ids(store, new EventQuery(Country: "PAK")));
        Assert.Equal(["acled:AFG2", "acled:PAK1"], Ids(store, new EventQuery(From: new DateOnly(2021, 2, 1), To: new DateOnly(2021, 3, 31))));
        Assert.Equal(["acled:AFG2"], Ids(store, new EventQuery(ActorId: "taliban")));
        Assert.Equal(["acled:AFG1"], Ids(store, new EventQuery { Text = "mosque" }));
        Assert.Equal(["acled:AFG1"], Ids(store, new EventQuery { Admin1 = "NANGARHAR" }));
        Assert.Equal(["acled:AFG3", "acled:AFG1"], Ids(store, new EventQuery(Ids: ["acled:AFG3", "acled:AFG1", "acled:NONE"]) { NewestFirst = true }));
        Assert.Empty(Ids(store, new EventQuery(Ids: [])));
        var page = Ids(store, new EventQuery(Limit: 2));
        Assert.Equal(["acled:AFG1", "acled:AFG2"], page);
        Assert.Equal(["acled:PAK1", "acled:AFG3"], Ids(store, new EventQuery { After = new EventPosition(new DateOnly(2021, 2, 5), "acled:AFG2") }));
    }

    [Fact]
    public void TheTotals_CountBySourceYearAndMonth()
    {
        using var store = Open();
        Ingest(store, Temp.Write("a.csv", Text(
            new Row("AFG1", Date: "2020-12-30"),
            new Row("AFG2", Date: "2021-01-05", Actor1: "Taliban"),
            new Row("AFG3", Date: "2021-01-20", Actor1: "Taliban"),
            new Row("KWS1", Date: "2021-03-01", Tags: "dataset=Khorasan Watch curated compilation"))));

        var years = store.Sources();
        Assert.Equal([("acled", 2020, 1L, 1L, (string?)null), ("acled", 2021, 2L, 0L, null), ("acled", 2021, 1L, 1L, "Khorasan Watch curated compilation")],
            years.Select(y => (y.Source, y.Year, y.Events, y.Watched, y.Dataset)));
        Assert.Equal(new DateOnly(2021, 1, 20), years[1].LastDay);
        Assert.Equal([(new DateOnly(2021, 1, 1), 2L)], store.OtherActorsByMonth("AFG").Select(m => (m.Month, m.Events)));
        Assert.Empty(store.OtherActorsByMonth("PAK"));
    }

    [Fact]
    public void RecordsOfOneEvent_FromTwoSources_AreLinked_BothWays()
    {
        using var store = Open();
        Ingest(store, Temp.Write("a.csv", Text(new Row("AFG1", Date: "2021-08-26"), new Row("AFG2", Date: "2021-05-01"))));
        var ucdp = Ingest(store, Temp.Write("ged.csv", UcdpHeader + "9001,2021,3,IS,Civilians,Afghanistan,Kabul province,Kabul district,34.5560,69.2080,2021-08-26,2021-08-26,170,160,183\n"));

        Assert.Equal(1, ucdp.Counts.Linked);
        Assert.Equal(["ucdp:9001"], store.Events(new EventQuery(Ids: ["acled:AFG1"])).Single().LinkedIds);
        Assert.Equal(["acled:AFG1"], store.Events(new EventQuery(Ids: ["ucdp:9001"])).Single().LinkedIds);
        Assert.Empty(store.Events(new EventQuery(Ids: ["acled:AFG2"])).Single().LinkedIds);

        // A listing read while the store is read again for each record's links, as `kwatch events` does.
        var linked = new List<string>();
        foreach (var e in store.Events(new EventQuery()))
        {
            linked.AddRange(store.Events(new EventQuery(Ids: [.. e.LinkedIds])).Select(l => l.Event.Id));
        }

        Assert.Equal(["acled:AFG1", "ucdp:9001"], linked.Order());
    }

    [Fact]
    public void Markings_AndTheLicenceRule_ShowEachReaderWhatItMaySee()
    {
        using var store = Open();
        store.AddOrganisation(new Organisation("fin", "FIN", "FIN", DateTimeOffset.UnixEpoch));
        store.AddOrganisation(new Organisation("est", "EST", "EST", DateTimeOffset.UnixEpoch));
        store.AddUser("ana", "fin", UserRole.Analyst, null, DateTimeOffset.UnixEpoch);
        store.AddUser("eve", "est", UserRole.Analyst, null, DateTimeOffset.UnixEpoch);
        var (ana, eve) = (new Viewer("ana", "fin", IsLocalOwner: false), new Viewer("eve", "est", IsLocalOwner: false));
        Ingest(store, Temp.Write("green.csv", Text(new Row("AFG1"))), new Marking(TlpLevel.Green, "fin"));
        Ingest(store, Temp.Write("amber.csv", Text(new Row("AFG2", Date: "2021-09-02"))), new Marking(TlpLevel.Amber, "fin"));
        Ingest(store, Temp.Write("ged.csv", UcdpHeader + "9001,2021,3,IS,Civilians,Afghanistan,Kunar province,Asadabad district,34.8700,71.1500,2021-07-04,2021-07-04,2,2,3\n"), new Marking(TlpLevel.Green, "fin"));
        var counting = new EventQuery { Counting = true };

        store.ViewAs(ana);
        Assert.Equal(["acled:AFG1", "acled:AFG2", "ucdp:9001"], Ids(store, new EventQuery()).Order());
        Assert.Equal(3, store.EventMarkings().Count + 1); // green, amber (the UCDP file's green is the same marking)
        Assert.Empty(store.RowsWithheld([counting])!);
        var anasKey = store.VisibilityKey;

        store.ViewAs(eve);
        Assert.Equal(["ucdp:9001"], Ids(store, new EventQuery()));                          // ACLED's rows are fin's to show
        Assert.Equal(["acled:AFG1", "ucdp:9001"], Ids(store, counting).Order());             // but count for est; AMBER does not reach it
        Assert.Equal(["acled:AFG1"], store.RowsWithheld([counting])!.Order());
        Assert.Null(store.RawRow("acled:AFG1"));
        Assert.NotNull(store.RawRow("ucdp:9001"));
        Assert.Equal([TlpLevel.Green], store.EventMarkings().Select(m => m.Tlp));
        Assert.Equal([2021], store.Sources().Select(s => s.Year).Distinct());
        Assert.Equal(2, store.Sources().Sum(s => s.Events));
        Assert.NotEqual(anasKey, store.VisibilityKey);
        Assert.DoesNotContain(store.IngestRuns(), r => r.File.EndsWith("amber.csv", StringComparison.Ordinal));

        store.ViewAs(Viewer.LocalOwner); // with users, the local owner is nobody: TLP:CLEAR only
        Assert.Empty(Ids(store, new EventQuery()));
    }

    [Fact]
    public void Boundaries_AreSavedReplacedAndLoaded()
    {
        using var store = Open();
        store.SaveBoundaries([new BoundaryRecord("AFG", "Kabul", "a.geojson", "POLYGON ((69 34, 70 34, 70 35, 69 34))"), new BoundaryRecord("AFG", "Balkh", "a.geojson", "POLYGON ((66 36, 67 36, 67 37, 66 36))")]);
        store.SaveBoundaries([new BoundaryRecord("AFG", "Kabul", "b.geojson", "POLYGON ((69 34, 71 34, 71 35, 69 34))")]);

        var all = store.LoadBoundaries();
        Assert.Equal([("Balkh", "a.geojson"), ("Kabul", "b.geojson")], all.Select(b => (b.Admin1, b.Origin)));
    }

    [Fact]
    public void ASnapshot_ReadsBack_UntilTheNextIngest()
    {
        using var store = Open();
        Ingest(store, Temp.Write("a.csv", Text(new Row("AFG1"))));
        Assert.Null(store.OpenSnapshot("k1"));

        store.WriteSnapshot("watch", "k1", new byte[] { 1, 2, 3 }, store.Generation());
        store.WriteSnapshot("watch", "k2", new byte[] { 4, 5 }, store.Generation()); // replaces every snapshot of its kind
        store.WriteSnapshot("watch", "k3", new byte[] { 6 }, store.Generation() - 1); // computed before the last ingest: stale at once
        Assert.Null(store.OpenSnapshot("k3"));
        store.WriteSnapshot("watch", "k2", new byte[] { 4, 5 }, store.Generation());
        Assert.Null(store.OpenSnapshot("k1"));
        using (var stream = store.OpenSnapshot("k2"))
        {
            using var copy = new MemoryStream();
            stream!.CopyTo(copy);
            Assert.Equal([4, 5], copy.ToArray());
        }

        Ingest(store, Temp.Write("b.csv", Text(new Row("AFG2"))));
        Assert.Null(store.OpenSnapshot("k2"));
    }
}
