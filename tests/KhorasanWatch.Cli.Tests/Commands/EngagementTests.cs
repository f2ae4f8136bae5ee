using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// A UCDP GED extract as found in the wild: no <c>source_headline</c>, the headlines inside
/// <c>source_article</c>, and most of ISKP's fights coded state-based (no initiator). The rows are
/// written for this test in the extract's shape; the events are invented.
/// </summary>
public sealed class EngagementTests : IDisposable
{
    private const string Extract = """"
        id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,date_start,date_end,best,low,high,source_article
        900001,2020,1,Government of Afghanistan,IS,Afghanistan,Kabul province,34.5553,69.2075,2020-03-06,2020-03-06,32,30,34,"""Agence France Presse,2020-03-06,Gunmen attack Kabul ceremony, dozens killed"";""Reuters News,2020-03-07,Islamic State claims responsibility for Kabul attack"""
        900002,2020,1,Government of Afghanistan,IS,Afghanistan,Nangarhar province,34.43,70.45,2020-04-10,2020-04-10,13,13,15,"""Pajhwok Afghan News,2020-04-10,Airstrikes kill 13 Daesh rebels in Nangarhar"""
        900003,2020,1,Government of Afghanistan,IS,Afghanistan,Kunar province,34.85,71.1,2020-05-02,2020-05-02,4,4,4,"""Xinhua News Agency,2020-05-02,4 killed in clash between Afghan forces, IS militants in Kunar"""
        900004,2020,3,IS,Civilians,Afghanistan,Kabul province,34.52,69.18,2020-06-15,2020-06-15,20,18,22,"""Reuters News,2020-06-15,Bomb blast kills 20 at Kabul mosque"""
        900005,2020,1,Government of Afghanistan,IS,Afghanistan,Nangarhar province,34.42,70.44,2020-08-02,2020-08-03,29,29,39,"""Agence France Presse,2020-08-02,IS attack on Jalalabad prison kills 29"";""Reuters News,2020-08-03,Islamic State claims Jalalabad prison assault"""
        900006,2020,2,IS,Taleban,Afghanistan,Nangarhar province,34.3,70.6,2020-09-12,2020-09-12,9,9,9,"""Pajhwok Afghan News,2020-09-12,Taliban, Daesh fighters clash in Nangarhar"""
        """";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db()
    {
        var db = _temp.File("ucdp.db");
        var ingest = CliRun.Of("ingest", _temp.Write("ged-extract.csv", Extract + "\n"), "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        return db;
    }

    private static JsonElement Year(string db)
    {
        var run = CliRun.Of("indicators", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31", "--period", "year", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("periods")[0];
    }

    [Fact]
    public void Engagements_AreCounted_AndThoseWhoseHeadlinesSayTheActorAttacked_AreItsAttacks()
    {
        var year = Year(Db());

        var engagements = year.GetProperty("engagements");
        Assert.Equal(5, engagements.GetProperty("engagements").GetInt32());
        Assert.Equal(87, engagements.GetProperty("deaths_best").GetInt32());
        Assert.Equal(2, engagements.GetProperty("read_as_attacks").GetInt32());
        Assert.Equal(1, engagements.GetProperty("operations_against_actor").GetInt32());
        Assert.Equal(2, engagements.GetProperty("undetermined").GetInt32());
        Assert.Equal(3, year.GetProperty("attacks").GetInt32()); // the one-sided bombing and the two read from their headlines
        Assert.Equal(81, year.GetProperty("fatalities_best").GetInt32());
        Assert.Equal(["ucdp:900001", "ucdp:900004", "ucdp:900005"], year.GetProperty("event_ids").GetProperty("attacks").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(1, year.GetProperty("taliban_fight").GetProperty("clashes").GetInt32());
    }

    [Fact]
    public void WithoutSourceHeadline_TheArticlesHeadlinesAreTheNotes_AndTargetsAreNotAllOtherCivilians()
    {
        var db = Db();
        var events = JsonDocument.Parse(CliRun.Of("events", "--db", db, "--format", "json").Out).RootElement.EnumerateArray().ToList();
        var year = Year(db);

        var prison = events.Single(e => e.GetProperty("id").GetString() == "ucdp:900005");
        Assert.Equal("IS attack on Jalalabad prison kills 29 | Islamic State claims Jalalabad prison assault", prison.GetProperty("notes").GetString());
        Assert.Equal("actor_attack", prison.GetProperty("engagement").GetString());
        Assert.StartsWith("the actor's claim", prison.GetProperty("engagement_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, prison.GetProperty("suicide").ValueKind); // UCDP records no suicide flag: unknown, not false
        Assert.Equal(2, year.GetProperty("targets").GetProperty("afghan_republic").GetInt32());
        Assert.True(year.GetProperty("targets").GetProperty("other_civilians").GetInt32() < 3);
    }

    [Fact]
    public void AnEngagementReadAsAnAttack_TakesItsTargetFromTheText_AndTheFightsOtherSideOnlyWhenTheTextNamesNone()
    {
        var db = _temp.File("targets.db");
        var extract = "id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,date_start,date_end,best,low,high,source_article\n" +
            "900301,2020,1,Government of Afghanistan,IS,Afghanistan,Kabul province,34.5,69.17,2020-11-02,2020-11-02,22,22,35,\"\"\"Reuters News,2020-11-02,IS claims attack on Kabul University that killed 22 students\"\"\"\n" +
            "900302,2020,1,Government of Afghanistan,IS,Afghanistan,Herat province,34.34,62.2,2020-10-01,2020-10-01,9,9,9,\"\"\"Agence France Presse,2020-10-01,Daesh attack on Shia mosque in Herat kills 9\"\"\"\n" +
            "900303,2020,1,Government of Afghanistan,IS,Afghanistan,Nangarhar province,34.43,70.45,2020-08-02,2020-08-03,29,29,39,\"\"\"Reuters News,2020-08-03,Islamic State claims Jalalabad prison assault\"\"\"\n";
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("targets.csv", extract), "--db", db).ExitCode);

        var events = JsonDocument.Parse(CliRun.Of("events", "--db", db, "--format", "json").Out).RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("target_category").GetString());

        Assert.Equal("other_civilians", events["ucdp:900301"]); // the students, not the state UCDP names as the other side
        Assert.Equal("shia_hazara", events["ucdp:900302"]);
        Assert.Equal("afghan_republic", events["ucdp:900303"]); // the text names no target: the fight's other side
    }

    [Fact]
    public void OperationsByTheState_AreOneSeries_TheRepublicsBeforeTheTakeoverAndTheTalibansAfter()
    {
        var db = Db();
        var after = _temp.Write("after.csv",
            "id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,date_start,date_end,best,low,high,source_article\n" +
            "900201,2022,1,Government of Afghanistan,IS,Afghanistan,Nangarhar province,34.43,70.45,2022-03-10,2022-03-10,6,6,6,\"\"\"Pajhwok Afghan News,2022-03-10,Taliban forces kill 6 Daesh members in Nangarhar raid\"\"\"\n");
        Assert.Equal(0, CliRun.Of("ingest", after, "--db", db).ExitCode);

        var run = CliRun.Of("indicators", "--db", db, "--from", "2020-01-01", "--to", "2022-12-31", "--period", "year", "--format", "json");
        var years = JsonDocument.Parse(run.Out).RootElement.GetProperty("periods").EnumerateArray().ToList();
        var fight2020 = years[0].GetProperty("taliban_fight");
        var fight2022 = years[2].GetProperty("taliban_fight");

        // 2020: the airstrikes of 10 April by the Republic's forces count as the state's, not the Taliban's.
        Assert.Equal((1, 0), (fight2020.GetProperty("state_operations").GetInt32(), fight2020.GetProperty("taliban_operations").GetInt32()));
        Assert.Equal(["ucdp:900002"], years[0].GetProperty("event_ids").GetProperty("state_operations").EnumerateArray().Select(e => e.GetString()));
        // 2022: the Taliban are the state; the raid is in both series.
        Assert.Equal((1, 1), (fight2022.GetProperty("state_operations").GetInt32(), fight2022.GetProperty("taliban_operations").GetInt32()));
    }

    [Fact]
    public void AnExtractWithoutProvinces_HasNoProvinceCount_NotZero()
    {
        var db = _temp.File("noadm.db");
        var extract = "id,year,type_of_violence,side_a,side_b,country,latitude,longitude,date_start,date_end,best,low,high,source_article\n" +
            "900101,2020,3,IS,Civilians,Afghanistan,34.52,69.18,2020-06-15,2020-06-15,20,18,22,\"Reuters News,2020-06-15,Bomb blast kills 20 at Kabul mosque\"\n";
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("noadm.csv", extract), "--db", db).ExitCode);

        var year = Year(db);
        Assert.Equal(JsonValueKind.Null, year.GetProperty("provinces").ValueKind);
        Assert.Equal(1, year.GetProperty("attacks_without_province").GetInt32());
        var report = _temp.File("noadm.html");
        Assert.Equal(0, CliRun.Of("report", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31", "--out", report).ExitCode);
        Assert.Contains("Provinces are not recorded: no attack of the period names a province", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.DoesNotContain("Attacks in 0 provinces", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void AStoreOfOnlyLethalEvents_SaysSo_WhereverItCounts()
    {
        var db = Db();
        const string Said = "The loaded sources (UCDP) record only events in which someone was killed: attacks that killed no one are in no count here.";
        var json = CliRun.Of("indicators", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31", "--period", "year", "--format", "json");
        Assert.True(JsonDocument.Parse(json.Out).RootElement.GetProperty("lethal_events_only").GetBoolean());
        Assert.Contains(Said, CliRun.Of("indicators", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31", "--period", "year").Out, StringComparison.Ordinal);
        var report = _temp.File("r.html");
        Assert.Equal(0, CliRun.Of("report", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31", "--out", report).ExitCode);
        Assert.True(File.ReadAllText(report).Split(Said).Length >= 3, "the tempo section and the tempo key point say it");
        // The tempo key point reads all the actor's events here, and its footnote says so (it said "Attacks in the period").
        Assert.Contains("ISKP's events in the period (attacks and engagements", System.Net.WebUtility.HtmlDecode(File.ReadAllText(report)), StringComparison.Ordinal);
        Assert.DoesNotContain("Attacks in the period", File.ReadAllText(report), StringComparison.Ordinal);

        // With ACLED's records beside them (ACLED records events that killed no one), nothing says so.
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("acled.csv", AcledCsv.Text(new AcledCsv.Row("AFG1", Date: "2020-07-01"))), "--db", db).ExitCode);
        Assert.False(JsonDocument.Parse(CliRun.Of("indicators", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31", "--period", "year", "--format", "json").Out)
            .RootElement.GetProperty("lethal_events_only").GetBoolean());
    }

    [Fact]
    public void ASourceThatRecordsNoSuicideFlag_GivesNoSuicideCount_NotZero()
    {
        var db = Db();
        var scale = Year(db).GetProperty("scale");
        var table = string.Join(' ', CliRun.Of("indicators", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31", "--period", "year").Out.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(JsonValueKind.Null, scale.GetProperty("suicide").ValueKind);
        Assert.Contains("UCDP", scale.GetProperty("not_recorded").GetProperty("suicide").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, scale.GetProperty("complex").GetInt32()); // the headlines are descriptions: a complex attack could be named in them
        Assert.Contains("suicide not recorded", table, StringComparison.Ordinal);
        var strikes = Year(db).GetProperty("strikes");
        Assert.Equal(JsonValueKind.Null, strikes.GetProperty("strikes").ValueKind); // UCDP codes no air or drone strikes
        Assert.Contains("ACLED does", strikes.GetProperty("not_recorded").GetString(), StringComparison.Ordinal);
        Assert.Contains("5 fights with no initiator recorded (87 dead); by their text 2 attacks by the group (counted above), 1 operation against it, 2 undetermined", table, StringComparison.Ordinal);
    }

    [Fact]
    public void AMonthWithoutAttacks_OnAStoreThatRecordsNoSuicideFlag_StillReadsNotRecorded()
    {
        var run = CliRun.Of("indicators", "--db", Db(), "--from", "2020-01-01", "--to", "2020-01-31", "--period", "month", "--format", "json");

        var scale = JsonDocument.Parse(run.Out).RootElement.GetProperty("periods")[0].GetProperty("scale");
        Assert.Equal(JsonValueKind.Null, scale.GetProperty("suicide").ValueKind);
        Assert.Equal(0, scale.GetProperty("complex").GetInt32()); // the store's events have headlines: a complex attack would be named
    }

    [Fact]
    public void TheReportsTempo_SaysWhatTheEngagementsWere()
    {
        var db = Db();
        var html = _temp.File("r.html");

        var run = CliRun.Of("report", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31", "--out", html);

        Assert.True(run.ExitCode == 0, run.Error);
        var tempo = SampleStore.Text(SampleStore.Section(File.ReadAllText(html), "tempo"));
        Assert.Contains("3 attacks", tempo, StringComparison.Ordinal);
        Assert.Contains("Beside the attacks, 5 engagements", tempo, StringComparison.Ordinal);
        Assert.Contains("operations against it", tempo, StringComparison.Ordinal);
        var keyPoints = SampleStore.Text(SampleStore.Section(File.ReadAllText(html), "key-points"));
        Assert.StartsWith("Key points The loaded sources (UCDP) do not record who started a fight, so tempo reads all ISKP's events: 6 events", string.Join(' ', keyPoints.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains("do not record who started a fight, so the key points read tempo from all ISKP's events: 6 events", tempo, StringComparison.Ordinal);
        var scale = SampleStore.Text(SampleStore.Section(File.ReadAllText(html), "scale"));
        Assert.Contains("not recorded by the loaded sources", scale, StringComparison.Ordinal);
        Assert.Contains("Strikes are not recorded: no loaded source codes air and drone strikes", SampleStore.Text(SampleStore.Section(File.ReadAllText(html), "strikes")), StringComparison.Ordinal);
        var monitor = SampleStore.Text(SampleStore.Section(File.ReadAllText(html), "monitor"));
        Assert.Matches(@"Civilian harm from foreign strikes\s+not recorded: no loaded source codes air and drone strikes", monitor);
        Assert.DoesNotContain("0 strikes", monitor, StringComparison.Ordinal);
    }
}
