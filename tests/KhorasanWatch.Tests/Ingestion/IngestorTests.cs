using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Tests.Ingestion;

public sealed class IngestorTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SqliteEventStore _store;
    private readonly Ingestor _ingestor;

    public IngestorTests()
    {
        _store = SqliteEventStore.Open(_temp.File("test.db"));
        _ingestor = new Ingestor(_store, WatchProfile.Iskp, Gazetteer.Default);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void IngestingTheSameFileTwice_AddsNothingTheSecondTime()
    {
        var file = _temp.Write("a.csv", Text(new Row("AFG1"), new Row("AFG2", Date: "26 August 2021"), new Row("AFG3", Fatalities: "0")));

        var first = _ingestor.Ingest(file).Counts;
        var second = _ingestor.Ingest(file).Counts;

        Assert.Equal((3L, 3L, 0L), (first.Read, first.Added, first.Unchanged));
        Assert.Equal((3L, 0L, 0L, 3L), (second.Read, second.Added, second.Updated, second.Unchanged));
        Assert.Equal(3, _store.Count("events"));
    }

    [Fact]
    public void EveryEvent_KeepsItsRawSourceRow_AndAnUnchangedReingestStoresNoNewRaw()
    {
        var row = new Row("AFG1", Notes: "A note with \"quotes\", commas\nand a line break.");
        var file = _temp.Write("a.csv", Text(row));

        _ingestor.Ingest(file);
        var blocks = _store.Count("raw_blocks");
        _ingestor.Ingest(file);

        Assert.Equal(Line(row), _store.RawRow("acled:AFG1"));
        Assert.Equal(blocks, _store.Count("raw_blocks"));
    }

    [Fact]
    public void RowsWithoutAnId_GetTheSameIdOnEveryIngest()
    {
        var file = _temp.Write("a.csv", Text(new Row(""), new Row("", Notes: "another event")));

        _ingestor.Ingest(file);
        var again = _ingestor.Ingest(file).Counts;

        Assert.Equal(2, again.Unchanged);
        Assert.All(_store.Events(new EventQuery()), e => Assert.StartsWith("acled:h-", e.Event.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void AChangedRow_IsUpdatedAndItsPreviousVersionKept()
    {
        _ingestor.Ingest(_temp.Write("v1.csv", Text(new Row("AFG1", Fatalities: "10"), new Row("AFG2"))));
        var counts = _ingestor.Ingest(_temp.Write("v2.csv", Text(new Row("AFG1", Fatalities: "13"), new Row("AFG2")))).Counts;

        Assert.Equal((0L, 1L, 1L), (counts.Added, counts.Updated, counts.Unchanged));
        var stored = _store.Events(new EventQuery()).Single(e => e.Event.Id == "acled:AFG1");
        Assert.Equal(13, stored.Event.Fatalities.Best);
        Assert.Equal(2, stored.Version);
        var history = _store.History("acled:AFG1");
        Assert.Single(history);
        Assert.Contains(",10,", history[0].Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void BadRows_AreRejectedWithFileLineFieldAndReason_AndGoodRowsKept()
    {
        var file = _temp.Write("mixed.csv", Text(
            new Row("AFG1"),
            new Row("AFG2", Date: "someday"),
            new Row("AFG3", Latitude: 123),
            new Row("AFG4", Fatalities: "many"),
            new Row("AFG5")));

        var report = _ingestor.Ingest(file);

        Assert.Equal((5L, 2L, 3L), (report.Counts.Read, report.Counts.Added, report.Counts.Rejected));
        Assert.Equal(
            [(3L, "event_date"), (4L, "latitude"), (5L, "fatalities")],
            report.Rejects.Select(r => (r.Line, r.Field)));
        Assert.All(report.Rejects, r => Assert.Equal(file, r.File));
        Assert.Equal(3, _store.Rejects().Count);
    }

    [Fact]
    public void ATruncatedLastLine_IsRejectedAndTheRestKept()
    {
        var text = Text(new Row("AFG1"), new Row("AFG2"));
        var file = _temp.Write("cut.csv", text + "AFG3,2021-08-27,2021,1,Political viol");

        var report = _ingestor.Ingest(file);

        Assert.Equal(2, report.Counts.Added);
        var reject = Assert.Single(report.Rejects);
        Assert.Equal(4, reject.Line);
        Assert.Contains("truncated", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatFailsPartWay_LeavesTheStoreAsItWas()
    {
        _ingestor.Ingest(_temp.Write("good.csv", Text(new Row("AFG1"))));
        var rows = Enumerable.Range(2, 5000).Select(i => Line(new Row($"AFG{i}")));
        var bytes = System.Text.Encoding.UTF8.GetBytes(Header + "\n" + string.Join('\n', rows) + "\n").Concat(new byte[] { 0xff, 0xfe, (byte)'\n' }).ToArray();
        var bad = _temp.File("bad.csv");
        File.WriteAllBytes(bad, bytes);

        var error = Assert.Throws<SourceFormatException>(() => _ingestor.Ingest(bad));

        Assert.Contains("bad encoding", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _store.Count("events"));
        Assert.Equal(1, _store.Count("ingest_runs"));
    }

    [Fact]
    public void ACancelledIngest_LeavesTheStoreAsItWas()
    {
        _ingestor.Ingest(_temp.Write("good.csv", Text(new Row("AFG1"))));
        var big = _temp.Write("big.csv", Text(Enumerable.Range(2, 50_000).Select(i => new Row($"AFG{i}"))));
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => _ingestor.Ingest(big, progress: p =>
        {
            if (p > 0.3)
            {
                cancel.Cancel();
            }
        }, cancel: cancel.Token));

        Assert.Equal(1, _store.Count("events"));
    }

    [Fact]
    public void RecordsOfOneEventFromTwoSources_AreLinkedNotMerged()
    {
        _ingestor.Ingest(_temp.Write("acled.csv", Text(new Row("AFG1"), new Row("AFG2", Date: "2021-09-30"))));
        var ucdp = _temp.Write("ged.csv",
            "id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,date_start,date_end,best,low,high\n" +
            "9001,2021,3,IS,Civilians,Afghanistan,Kabul province,34.5600,69.2100,2021-08-26,2021-08-26,170,160,183\n");

        var report = _ingestor.Ingest(ucdp);

        Assert.Equal(1, report.Counts.Linked);
        var acled = _store.Events(new EventQuery()).Single(e => e.Event.Id == "acled:AFG1");
        Assert.Equal(["ucdp:9001"], acled.LinkedIds);
        Assert.Equal(3, _store.Count("events"));
    }

    [Fact]
    public void WatchedActorEvents_AreStoredWithRoleAttributionAndTarget()
    {
        _ingestor.Ingest(_temp.Write("a.csv", Text(
            new Row("AFG1"),
            new Row("AFG2", Actor1: "Taliban and/or Islamic State Khorasan Province (ISKP)"),
            new Row("AFG3", Actor1: "Taliban", Actor2: "Islamic State Khorasan Province (ISKP)", EventType: "Battles", SubEventType: "Armed clash"))));

        var events = _store.Events(new EventQuery(WatchedOnly: true)).ToDictionary(e => e.Event.Id, e => e.Event);

        Assert.Equal((WatchRole.Perpetrator, Attribution.Certain), (events["acled:AFG1"].Role, events["acled:AFG1"].Attribution));
        Assert.Equal(Attribution.Uncertain, events["acled:AFG2"].Attribution);
        Assert.Equal(WatchRole.Target, events["acled:AFG3"].Role);
        Assert.NotNull(events["acled:AFG1"].TargetCategory);
        Assert.True(events["acled:AFG1"].Suicide);
    }
}
