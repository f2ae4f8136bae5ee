using System.Text.Json;
using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Assessment;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Tests.Assessment;

/// <summary>
/// The snapshot the reading verbs load must be what they would compute from the events, field for
/// field (every public property, so a field added to the event model and forgotten by the snapshot
/// fails here), and must not be read once any ingest has run since it was written.
/// </summary>
public sealed class WatchSnapshotTests : IDisposable
{
    private const string UcdpHeader = "id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,date_start,date_end,best,low,high,source_headline\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void TheSnapshot_ReadsAsTheEventsCompute(int seed)
    {
        var path = _temp.File("s.db");
        using var store = SqliteEventStore.Open(path);
        Ingest(store, seed);

        var computed = Json(WatchData.Load(store, WatchProfile.Iskp, "iskp", IndicatorRules.Iskp)); // no snapshot yet
        WatchData.Refresh(store, WatchProfile.Iskp, IndicatorRules.Iskp);
        StoreSql.Execute(path, "DELETE FROM event_links; DELETE FROM events WHERE role <> 'none'"); // so only the snapshot can give them back
        var loaded = WatchData.Load(store, WatchProfile.Iskp, "iskp", IndicatorRules.Iskp);

        Assert.Equal(computed, Json(loaded));
        Assert.Contains(loaded.Counted, c => c.Event.Engagement is not null);
        Assert.Contains(loaded.Counted, c => c.AlsoRecordedAs.Count > 0 && c.Disagreement is not null);
    }

    [Fact]
    public void TheIngestsResults_AnswerTheDefaultQuestions_AsComputed()
    {
        var path = _temp.File("s.db");
        using var store = SqliteEventStore.Open(path);
        Ingest(store, 3, rows: DefaultAnswers.MinEvents + 100);
        WatchData.Refresh(store, WatchProfile.Iskp, IndicatorRules.Iskp);

        var loaded = WatchData.Load(store, WatchProfile.Iskp, "iskp", IndicatorRules.Iskp);
        var kept = loaded.Results.Count;
        Assert.True(kept >= 4, $"{kept} results kept"); // a calibration per end of attribution, a backtest per question
        var events = loaded.Events.ToList();
        var asOf = loaded.LastEvent!.Value;
        var warnings = WarningDetector.Detect(events, asOf, loaded.CoverageStart, Region.All, IndicatorRules.Iskp, new WarningOptions(), loaded.Results);
        var track = ForecastJudgment.TrackRecord(events, StoreBacktest.Questions(IndicatorRules.Iskp), loaded.CoverageStart, StoreBacktest.DataEnd(loaded), loaded.Results);

        Assert.Equal(kept, loaded.Results.Count); // every one found, none computed and added
        Assert.Equal(
            JsonSerializer.Serialize(WarningDetector.Detect(events, asOf, loaded.CoverageStart, Region.All, IndicatorRules.Iskp, new WarningOptions())),
            JsonSerializer.Serialize(warnings));
        Assert.Equal(
            JsonSerializer.Serialize(ForecastJudgment.TrackRecord(events, StoreBacktest.Questions(IndicatorRules.Iskp), loaded.CoverageStart, StoreBacktest.DataEnd(loaded)).Questions.Select(q => q.Models.Select(m => new { m.Score, m.Skills, m.Forecasts }))),
            JsonSerializer.Serialize(track.Questions.Select(q => q.Models.Select(m => new { m.Score, m.Skills, m.Forecasts }))));
    }

    [Fact]
    public void ASmallStore_IsAnsweredWhenAsked_NotAhead()
    {
        var path = _temp.File("s.db");
        using var store = SqliteEventStore.Open(path);
        Ingest(store, 4);
        WatchData.Refresh(store, WatchProfile.Iskp, IndicatorRules.Iskp);

        var loaded = WatchData.Load(store, WatchProfile.Iskp, "iskp", IndicatorRules.Iskp);

        Assert.InRange(loaded.Counted.Count, 1, DefaultAnswers.MinEvents - 1);
        Assert.Equal(0, loaded.Results.Count);
    }

    [Fact]
    public void AnIngestAfterTheSnapshot_MakesItStale()
    {
        var path = _temp.File("s.db");
        using var store = SqliteEventStore.Open(path);
        var ingestor = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default);
        ingestor.Ingest(_temp.Write("a.csv", Text(new Row("AFG1"), new Row("AFG2", Date: "2021-09-30"))));
        WatchData.Refresh(store, WatchProfile.Iskp, IndicatorRules.Iskp);
        Assert.Equal(2, WatchData.Load(store, WatchProfile.Iskp, "iskp", IndicatorRules.Iskp).Counted.Count);

        ingestor.Ingest(_temp.Write("b.csv", Text(new Row("AFG3", Date: "2021-10-02"))));

        Assert.Equal(3, WatchData.Load(store, WatchProfile.Iskp, "iskp", IndicatorRules.Iskp).Counted.Count);
    }

    [Fact]
    public void AStoreWithoutSnapshots_ReadsFromItsEvents()
    {
        var path = _temp.File("s.db");
        using (var store = SqliteEventStore.Open(path))
        {
            new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default).Ingest(_temp.Write("a.csv", Text(new Row("AFG1"))));
        }

        using var reading = SqliteEventStore.OpenReadOnly(path);
        Assert.Single(WatchData.Load(reading, WatchProfile.Iskp, "iskp", IndicatorRules.Iskp).Counted);
    }

    private void Ingest(SqliteEventStore store, int seed, int rows = 120)
    {
        var random = new Random(seed);
        var ingestor = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default);
        var csv = Enumerable.Range(0, rows).Select(i => RandomRow(random, $"AFG{i}")).ToList();
        csv.Add(new Row("AFG900", Date: "2020-11-02", Fatalities: "22", Notes: "Gunmen stormed Kabul University after a suicide bomber blew himself up at the gate; a complex attack."));
        ingestor.Ingest(_temp.Write("acled.csv", Text(csv)));
        ingestor.Ingest(_temp.Write("ged.csv", UcdpHeader +
            "9001,2020,3,IS,Civilians,Afghanistan,Kabul province,34.5553,69.2075,2020-11-02,2020-11-02,35,30,36,IS claims deadly Kabul University attack\n" +
            "9002,2020,1,Government of Afghanistan,IS,Afghanistan,Kunar province,34.9,71.1,2020-06-10,2020-06-11,13,13,15,Airstrikes kill 13 Daesh rebels in Kapisa; Kunar\n" +
            "9003,2020,1,Government of Afghanistan,IS,Afghanistan,Nangarhar province,34.4,70.4,2020-08-02,2020-08-03,39,29,45,IS claims attack on Jalalabad prison\n"));
    }

    private static Row RandomRow(Random random, string id)
    {
        var (actor1, actor2) = random.Next(4) switch
        {
            0 => ("Islamic State Khorasan Province (ISKP)", "Civilians (Afghanistan)"),
            1 => ("Taliban and/or Islamic State Khorasan Province (ISKP)", "Police Forces of Afghanistan (2004-2021)"),
            2 => ("Military Forces of the United States (2021-)", "Islamic State Khorasan Province (ISKP)"),
            _ => ("Taliban", "Islamic State Khorasan Province (ISKP)"),
        };
        return new Row(
            id,
            Date: $"{2017 + random.Next(7)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}",
            SubEventType: random.Next(3) == 0 ? "Air/drone strike" : random.Next(2) == 0 ? "Suicide bomb" : "Armed clash",
            Actor1: actor1,
            Actor2: actor2,
            Admin1: random.Next(2) == 0 ? "Kabul" : "Nangarhar",
            Fatalities: $"{random.Next(40)}",
            Notes: random.Next(2) == 0 ? "A suicide bomber struck a Shia mosque." : "Gunmen attacked a police checkpoint.",
            Tags: random.Next(5) == 0 ? "dataset=A curated compilation" : "");
    }

    private static string Json(WatchData data) =>
        JsonSerializer.Serialize(new { data.CoverageStart, data.CoverageEnd, data.FirstEvent, data.LastEvent, data.Counted });
}
