using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

public sealed class EventsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public EventsCommandTests()
    {
        var file = _temp.Write("a.csv", Text(
            new Row("AFG1", Date: "2021-08-26"),
            new Row("AFG2", Date: "2022-09-05", Actor1: "Taliban and/or Islamic State Khorasan Province (ISKP)"),
            new Row("AFG3", Date: "2022-10-01", Actor1: "Taliban", Actor2: "Civilians (Afghanistan)"),
            new Row("PAK1", Date: "2023-07-30", Country: "Pakistan", Admin1: "N.W.F.P.", Latitude: 34.7, Longitude: 71.5)));
        Assert.Equal(0, CliRun.Of("ingest", file, "--db", Db).ExitCode);
    }

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    /// <summary>UCDP's record of the 26 August 2021 attack (Row AFG1's place and day): 170 (160–183) killed, where ACLED's gives 10.</summary>
    private void IngestUcdpsRecordOfAfg1()
    {
        var ucdp = _temp.Write("ged.csv",
            "id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,date_start,date_end,best,low,high\n" +
            "9001,2021,3,IS,Civilians,Afghanistan,Kabul province,34.5600,69.2100,2021-08-26,2021-08-26,170,160,183\n");
        Assert.Equal(0, CliRun.Of("ingest", ucdp, "--db", Db).ExitCode);
    }

    [Fact]
    public void Json_HasTheContractFieldsForEveryEvent()
    {
        var run = CliRun.Of("events", "--db", Db, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var fields = new[]
        {
            "id", "source", "date", "country", "admin1", "admin1_derived", "latitude", "longitude", "event_type", "actors", "role",
            "attribution", "target_category", "fatalities_best", "fatalities_low", "fatalities_high",
        };
        Assert.Equal(4, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.All(fields, f => Assert.True(e.TryGetProperty(f, out _), $"missing {f}")));
        var pakistan = json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "acled:PAK1");
        Assert.Equal("PAK", pakistan.GetProperty("country").GetString());
        Assert.Equal("North-West Frontier Province", pakistan.GetProperty("admin1").GetString());
    }

    [Fact]
    public void ARecordLinkedToAnotherSources_ShowsTheDeathsAcrossBoth_AndTheirDisagreement()
    {
        IngestUcdpsRecordOfAfg1();

        using var json = JsonDocument.Parse(CliRun.Of("events", "--db", Db, "--format", "json").Out);
        var byId = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);

        foreach (var id in new[] { "acled:AFG1", "ucdp:9001" })
        {
            var across = byId[id].GetProperty("deaths_across_sources");
            Assert.Equal((10, 183), (across.GetProperty("low").GetInt32(), across.GetProperty("high").GetInt32()));
            var disagree = byId[id].GetProperty("sources_disagree").GetString()!;
            Assert.StartsWith("deaths ", disagree, StringComparison.Ordinal);
            Assert.Contains("10 (ACLED)", disagree, StringComparison.Ordinal);
            Assert.Contains("170 (160–183) (UCDP)", disagree, StringComparison.Ordinal); // each source's own range, not its best alone
        }

        Assert.Equal(10, byId["acled:AFG1"].GetProperty("fatalities_best").GetInt32()); // the record's own figure stays
        Assert.Equal(JsonValueKind.Null, byId["acled:AFG3"].GetProperty("deaths_across_sources").ValueKind);
        Assert.Equal(JsonValueKind.Null, byId["acled:AFG3"].GetProperty("sources_disagree").ValueKind);
        var table = CliRun.Of("events", "--db", Db).Out;
        Assert.Contains("10†", table, StringComparison.Ordinal);
        Assert.Contains("† another source's record of the event differs", table, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSummary_CountsAnAttackTwoSourcesRecord_Once_AsTheIndicatorsDo()
    {
        IngestUcdpsRecordOfAfg1();

        using var summary = JsonDocument.Parse(CliRun.Of("events", "--db", Db, "--actor", "iskp", "--summary", "--format", "json").Out);
        using var indicators = JsonDocument.Parse(CliRun.Of("indicators", "--db", Db, "--period", "year", "--from", "2021", "--to", "2021", "--format", "json").Out);

        var kabul2021 = summary.RootElement.EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2021 && r.GetProperty("admin1").GetString() == "Kabul");
        Assert.Equal((1, 1), (kabul2021.GetProperty("events").GetInt32(), kabul2021.GetProperty("attacks").GetInt32())); // two records, one attack
        Assert.Equal(10, kabul2021.GetProperty("fatalities_best").GetInt32()); // the kept record's (ACLED's) own figure
        var attacks2021 = summary.RootElement.EnumerateArray().Where(r => r.GetProperty("year").GetInt32() == 2021).Sum(r => r.GetProperty("attacks").GetInt32());
        Assert.Equal(indicators.RootElement.GetProperty("periods")[0].GetProperty("attacks").GetInt32(), attacks2021);
    }

    [Fact]
    public void ActorFilter_KeepsUncertainAttributionVisibleAndApart()
    {
        using var json = JsonDocument.Parse(CliRun.Of("events", "--db", Db, "--actor", "iskp", "--format", "json").Out);
        var attribution = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("attribution").GetString());

        Assert.Equal(3, attribution.Count);
        Assert.Equal("certain", attribution["acled:AFG1"]);
        Assert.Equal("uncertain", attribution["acled:AFG2"]);
    }

    [Fact]
    public void AnEventWithoutTheWatchedActor_HasNullRoleAndAttribution_AndTheOthersTheContractsValues()
    {
        using var json = JsonDocument.Parse(CliRun.Of("events", "--db", Db, "--format", "json").Out);
        var byId = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);

        Assert.Equal(JsonValueKind.Null, byId["acled:AFG3"].GetProperty("role").ValueKind);
        Assert.Equal(JsonValueKind.Null, byId["acled:AFG3"].GetProperty("attribution").ValueKind);
        Assert.All(byId.Values.Select(e => e.GetProperty("attribution").GetString()), a => Assert.Contains(a, new[] { "certain", "uncertain", null }));
        Assert.All(byId.Values.Select(e => e.GetProperty("role").GetString()), r => Assert.Contains(r, new[] { "perpetrator", "target", "party", null }));
    }

    [Fact]
    public void CountryAndDateFilters_Apply()
    {
        using var json = JsonDocument.Parse(CliRun.Of("events", "--db", Db, "--country", "AFG", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "json").Out);
        Assert.Equal(["acled:AFG2", "acled:AFG3"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void Csv_HasAHeaderAndOneLinePerEvent()
    {
        var lines = CliRun.Of("events", "--db", Db, "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,source,date,", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Summary_CountsCertainAttacksAndUncertainApartByYearAndProvince()
    {
        var run = CliRun.Of("events", "--db", Db, "--actor", "iskp", "--summary", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();

        Assert.Contains(rows, r => r.GetProperty("year").GetInt32() == 2021 && r.GetProperty("attacks").GetInt32() == 1);
        Assert.Contains(rows, r => r.GetProperty("year").GetInt32() == 2022 && r.GetProperty("uncertain").GetInt32() == 1 && r.GetProperty("attacks").GetInt32() == 0);
    }

    [Theory]
    [InlineData("--from", "yesterday")]
    [InlineData("--country", "Narnia")]
    [InlineData("--actor", "martians")]
    [InlineData("--limit", "x")]
    [InlineData("--limit", "0")]
    public void BadFilterValues_ExitTwoWithAMessageNamingTheOption(string option, string value)
    {
        var run = CliRun.Of("events", "--db", Db, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFromAfterTheTo_IsBadUsage()
    {
        var run = CliRun.Of("events", "--db", Db, "--from", "2022-01-01", "--to", "2021-01-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from 2022-01-01 is after --to 2021-01-01", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_ShowsCountsPerSourceAndYear()
    {
        var run = CliRun.Of("sources", "--db", Db, "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal("acled", r.GetProperty("source").GetString()));
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("dataset").ValueKind)); // ACLED's own data
        var year2022 = json.RootElement.EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2022);
        // AFG2 "Taliban and/or ISKP" is uncertain and not counted as the watched actor's; AFG3 has no ISKP.
        Assert.Equal((2, 0, 1), (year2022.GetProperty("events").GetInt32(), year2022.GetProperty("watched").GetInt32(), year2022.GetProperty("uncertain").GetInt32()));
    }

    [Fact]
    public void Sources_NamesACompilationWrittenInASourcesFormat_NotThePublisher()
    {
        var db = _temp.File("sample.db");
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", db).ExitCode);

        var table = CliRun.Of("sources", "--db", db);
        var json = CliRun.Of("sources", "--db", db, "--format", "json");

        Assert.Contains("Khorasan Watch curated compilation (acled format): 62 events, 2015–2025", table.Out, StringComparison.Ordinal);
        using var rows = JsonDocument.Parse(json.Out);
        Assert.All(rows.RootElement.EnumerateArray(), r => Assert.Equal("Khorasan Watch curated compilation", r.GetProperty("dataset").GetString()));
        Assert.Equal(62, rows.RootElement.EnumerateArray().Sum(r => r.GetProperty("events").GetInt32()));
    }

    [Fact]
    public void DbFromTheEnvironment_IsUsedWhenNoOptionIsGiven()
    {
        var output = new StringWriter();
        var code = Kwatch.Run(["sources"], new CliConsole(output, new StringWriter(), false, name => name == "KWATCH_DB" ? Db : null));
        Assert.Equal(0, code);
        Assert.Contains("acled", output.ToString(), StringComparison.Ordinal);
    }
}
