using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>The messages a user needs (issue 13, item 5): what a file seems to be, what each format expects, "did you mean", one style.</summary>
public sealed class MessagesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(new[] { "ingset", "x.csv" }, "unknown verb 'ingset' (did you mean 'ingest'?)")]
    [InlineData(new[] { "claims", "lst" }, "unknown verb 'claims lst' (did you mean 'list'?)")]
    [InlineData(new[] { "events", "--limti", "3" }, "unknown option '--limti' for events (did you mean '--limit'?) (see kwatch events --help)")]
    [InlineData(new[] { "ingest", "--sorce", "ucdp", "x.csv" }, "unknown option '--sorce' for ingest (did you mean '--source'?)")]
    [InlineData(new[] { "indicators", "--period", "fortnight" }, "--period must be one of week, month, quarter, year, window, not 'fortnight'")]
    [InlineData(new[] { "warnings", "--format", "yaml" }, "--format must be one of table, json, not 'yaml'")]
    public void ParserErrors_AreOneLine_InKwatchsStyle_WithASuggestion(string[] args, string expected)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized command or argument", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AFarOffWord_GetsNoSuggestion_ButTheListOfVerbs()
    {
        var run = CliRun.Of("frobnicate");

        Assert.Contains("unknown verb 'frobnicate' (the verbs: ingest, events,", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("boundaries.geojson", """{"type":"FeatureCollection","features":[]}""")]
    [InlineData("claims.json", """  [ {"id":"c1"} ]""")]
    public void AJsonFileGivenToIngest_IsNamedAsJson(string name, string text)
    {
        var run = CliRun.Of("ingest", _temp.Write(name, text), "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{name}: is JSON, not an event file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CSV header", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void ACsvOfNoKnownFormat_SaysWhatItHolds_AndWhatEachFormatExpects_WithoutAFutileHint()
    {
        var run = CliRun.Of("ingest", _temp.Write("odd.csv", "a,b,c\n1,2,3\n"), "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the header's 3 columns ('a', 'b', 'c') match none of ACLED (event_date and actor1", run.Error, StringComparison.Ordinal);
        Assert.Contains("UCDP GED (side_a or type_of_violence", run.Error, StringComparison.Ordinal);
        Assert.Contains("GTD (eventid and iyear)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("--source", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ACsvThatASourceCouldRead_GetsTheSourceToName()
    {
        var run = CliRun.Of("ingest", _temp.Write("ged.csv", "id,year,country,type_of_violence\n1,2020,Afghanistan,3\n"), "--db", Db);

        Assert.Contains("so --source ucdp would read it as one", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tlp10sWhite_IsReadAsClear()
    {
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db).ExitCode);
        var html = _temp.File("r.html");

        var run = CliRun.Of("report", "--db", Db, "--out", html, "--tlp", "white");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("TLP:CLEAR", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Contains("or TLP 1.0's white, read as clear", CliRun.Of("report", "--db", Db, "--out", html, "--tlp", "grey").Error, StringComparison.Ordinal);
    }
}
