using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// Nothing lost silently (issue 13, item 2): a file without a column its figures need loads with a
/// warning naming the column, the figures read "not recorded", and <c>kwatch problems</c> lists
/// every warning and rejected row from the store.
/// </summary>
public sealed class ProblemsCommandTests : IDisposable
{
    private const string UcdpWithoutDeathsOrType =
        "id,year,conflict_new_id,side_a,side_b,country,date_start,date_end,latitude,longitude,source_article\n" +
        "9001,2020,234,IS,Civilians,Afghanistan,2020-03-06,2020-03-06,34.53,69.17,\"IS claims attack on a gathering in Kabul\"\n";

    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AUcdpFileWithoutBestOrTypeOfViolence_WarnsOncePerColumn_AndRecordsNeitherAsAFact()
    {
        var file = _temp.Write("ged.csv", UcdpWithoutDeathsOrType);

        var text = CliRun.Of("ingest", file, "--db", Db);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("warnings 2", text.Out, StringComparison.Ordinal);
        Assert.Contains("warning " + file + ":1: best: the header has no best column; no row of this file records deaths", text.Out, StringComparison.Ordinal);
        Assert.Contains(":1: type_of_violence: the header has no type_of_violence column", text.Out, StringComparison.Ordinal);

        var e = Assert.Single(JsonDocument.Parse(CliRun.Of("events", "--db", Db, "--format", "json").Out).RootElement.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("fatalities_best").ValueKind);
        Assert.Equal("other", e.GetProperty("event_type").GetString());
    }

    [Fact]
    public void IngestJson_ListsTheWarnings()
    {
        var file = _temp.Write("ged.csv", UcdpWithoutDeathsOrType);

        var json = JsonDocument.Parse(CliRun.Of("ingest", file, "--db", Db, "--json").Out).RootElement;

        var fields = json.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("field").GetString(), w.GetProperty("line").GetInt64())).ToList();
        Assert.Equal([("best", 1L), ("type_of_violence", 1L)], fields);
    }

    [Theory]
    [InlineData("fatalities")]
    [InlineData("event_type")]
    public void AnAcledFileWithoutAnEssentialColumn_Warns(string column)
    {
        var csv = Text(new Row("AFG1"));
        var lines = csv.Split('\n');
        var index = Array.IndexOf(lines[0].Split(','), column);
        var dropped = string.Join('\n', lines.Where(l => l.Length > 0).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != index)))) + "\n";

        var run = CliRun.Of("ingest", _temp.Write("a.csv", dropped), "--db", Db);

        Assert.Contains($": {column}: the header has no {column} column", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_ListsRejectsAndWarnings_ByFileAndKind_FromTheStore()
    {
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("ged.csv", UcdpWithoutDeathsOrType), "--db", Db).ExitCode);
        var acled = _temp.Write("acled.csv", Text(new Row("AFG1"), new Row("AFG2", Fatalities: "many")));
        Assert.Equal(1, CliRun.Of("ingest", acled, "--db", Db).ExitCode);

        var all = CliRun.Of("problems", "--db", Db);
        var rejected = JsonDocument.Parse(CliRun.Of("problems", "--db", Db, "--kind", "rejected", "--format", "json").Out).RootElement;
        var ged = JsonDocument.Parse(CliRun.Of("problems", "--db", Db, "--file", "ged.csv", "--format", "json").Out).RootElement;

        Assert.Equal(0, all.ExitCode);
        Assert.Contains("3 problems, newest ingest first: 1 rejected rows (not stored), 2 warnings", all.Out, StringComparison.Ordinal);
        var reject = Assert.Single(rejected.GetProperty("problems").EnumerateArray());
        Assert.Equal((acled, 3L, "fatalities"), (reject.GetProperty("file").GetString(), reject.GetProperty("line").GetInt64(), reject.GetProperty("field").GetString()));
        Assert.Contains("'many'", reject.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.All(ged.GetProperty("problems").EnumerateArray(), p => Assert.Equal("warning", p.GetProperty("kind").GetString()));
        Assert.Equal(2, ged.GetProperty("problems").GetArrayLength());
        Assert.False(ged.GetProperty("truncated").GetBoolean());
        Assert.Contains("\"truncated\": true", CliRun.Of("problems", "--db", Db, "--limit", "1", "--format", "json").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ARejectReasonThatQuotesAHugeValue_IsCut()
    {
        var acled = _temp.Write("acled.csv", Text(new Row("AFG1", Fatalities: new string('9', 5) + new string('x', 100_000))));

        var run = CliRun.Of("ingest", acled, "--db", Db, "--json");

        var reason = JsonDocument.Parse(run.Out).RootElement.GetProperty("rejects")[0].GetProperty("reason").GetString()!;
        Assert.InRange(reason.Length, 1, 400);
        Assert.EndsWith("characters)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TerminalEscapesAndBidiOverrides_InSourceText_AreShownEscaped()
    {
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("a.csv", Text(new Row("AFG1", Admin1: "Kabul\u001b[2J\u001b]0;pwned\u0007\u202E"))), "--db", Db).ExitCode);

        var csv = CliRun.Of("events", "--db", Db, "--format", "csv").Out;
        var table = CliRun.Of("events", "--db", Db).Out;

        foreach (var output in new[] { csv, table })
        {
            Assert.DoesNotContain('\u001b', output);
            Assert.DoesNotContain('\u0007', output);
            Assert.DoesNotContain('\u202E', output);
        }

        Assert.Contains("Kabul\\u001B[2J", csv, StringComparison.Ordinal);
        Assert.Contains("Kabul\\u001B[2J", table, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEventSummary_AsCsv_IsCsv_AndDeathsNoSourceRecordedAreNotZero()
    {
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("a.csv", Text(new Row("AFG1", Fatalities: ""), new Row("AFG2", Date: "2021-09-02", Fatalities: ""))), "--db", Db).ExitCode);

        var csv = CliRun.Of("events", "--db", Db, "--summary", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var table = CliRun.Of("events", "--db", Db, "--summary").Out;

        Assert.Equal("year,country,admin1,events,attacks,uncertain,fatalities_best,fatalities_unknown", csv[0]);
        Assert.Equal("2021,AFG,Kabul,2,2,0,,2", csv[1]);
        Assert.Contains("not recorded", table, StringComparison.Ordinal);
    }

    [Fact]
    public void DeathsNoLoadedSourceRecords_ReadNotRecorded_InIndicatorsAndTheReport()
    {
        var csv = Text(new Row("AFG1", Notes: "A bombing at the airport"), new Row("AFG2", Date: "2021-09-02", Notes: "A bombing in Kabul"));
        var lines = csv.Split('\n');
        var index = Array.IndexOf(lines[0].Split(','), "fatalities");
        var dropped = string.Join('\n', lines.Where(l => l.Length > 0).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != index)))) + "\n";
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("a.csv", dropped), "--db", Db).ExitCode);

        var json = JsonDocument.Parse(CliRun.Of("indicators", "--db", Db, "--period", "year", "--format", "json").Out).RootElement;
        var table = CliRun.Of("indicators", "--db", Db, "--period", "year").Out;
        var html = _temp.File("r.html");
        Assert.Equal(0, CliRun.Of("report", "--db", Db, "--out", html).ExitCode);

        var period = json.GetProperty("periods")[0];
        Assert.Equal(JsonValueKind.Null, period.GetProperty("fatalities_best").ValueKind);
        Assert.Equal(2, period.GetProperty("fatalities_unknown").GetInt32());
        Assert.Contains("n/r", table, StringComparison.Ordinal);
        Assert.Contains("deaths not recorded by the loaded sources", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.DoesNotContain("(0 deaths recorded)", File.ReadAllText(html), StringComparison.Ordinal);
    }
}
