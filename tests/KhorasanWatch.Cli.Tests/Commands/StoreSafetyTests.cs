using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>Nothing a user mistypes destroys the store or leaves a stray one behind (issue 13, store safety).</summary>
public sealed class StoreSafetyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    private void IngestSample() =>
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db).ExitCode);

    [Fact]
    public void AReportWrittenOverTheStore_IsRefused_AndTheStoreIsUntouched()
    {
        IngestSample();
        var before = File.ReadAllBytes(Db);

        var run = CliRun.Of("report", "--db", Db, "--out", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is the store", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal(before, File.ReadAllBytes(Db));
        Assert.Equal(0, CliRun.Of("events", "--db", Db, "--limit", "1").ExitCode);
    }

    [Fact]
    public void AReportWrittenOverTheStoreThroughALink_IsRefused()
    {
        IngestSample();
        var link = _temp.File("alias.html");
        File.CreateSymbolicLink(link, Db);

        var viaLink = CliRun.Of("report", "--db", Db, "--out", link);
        var pdfOverStore = CliRun.Of("report", "--db", Db, "--out", _temp.File("r.html"), "--pdf", Db);

        Assert.Equal(2, viaLink.ExitCode);
        Assert.Contains("is the store", viaLink.Error, StringComparison.Ordinal);
        Assert.Equal(2, pdfOverStore.ExitCode);
        Assert.Contains("--pdf", pdfOverStore.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameFileForHtmlAndPdf_IsRefused()
    {
        IngestSample();
        var same = _temp.File("same.pdf");

        var run = CliRun.Of("report", "--db", Db, "--out", same, "--pdf", same);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out and --pdf are the same file", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(same));
    }

    [Fact]
    public void AnIngestThatLoadsNothing_LeavesNoNewStore()
    {
        var empty = _temp.Write("empty.csv", "");

        var run = CliRun.Of("ingest", empty, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(Db), "a failed ingest left a store behind");
        Assert.False(File.Exists(Db + "-journal"));
    }

    [Fact]
    public void AnIngestThatFailsIntoAnExistingStore_KeepsIt()
    {
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("good.csv", Text(new Row("AFG1"))), "--db", Db).ExitCode);

        var run = CliRun.Of("ingest", _temp.Write("empty.csv", ""), "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.True(File.Exists(Db));
        Assert.Contains("AFG1", CliRun.Of("events", "--db", Db, "--format", "json").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadingVerbOnAnEmptyFile_RefusesIt_AndLeavesItEmpty()
    {
        File.WriteAllBytes(Db, []);

        var run = CliRun.Of("events", "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty, not a store", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(Db).Length);
    }

    [Fact]
    public void TwoRowsWithOneIdInAFile_KeepTheFirst_AndRejectTheSecondNamingBothLines()
    {
        var file = _temp.Write("dup.csv", Text(new Row("AFG1", Admin2: "Jalalabad"), new Row("AFG2"), new Row("AFG1", Admin2: "Behsud")));

        var run = CliRun.Of("ingest", file, "--db", Db, "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var counts = json.RootElement.GetProperty("files")[0];
        Assert.Equal(2, counts.GetProperty("added").GetInt32());
        Assert.Equal(0, counts.GetProperty("updated").GetInt32());
        var reject = Assert.Single(json.RootElement.GetProperty("rejects").EnumerateArray());
        Assert.Equal(4, reject.GetProperty("line").GetInt32());
        Assert.Equal("event_id_cnty", reject.GetProperty("field").GetString());
        Assert.Contains("line 2 has it already", reject.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var events = CliRun.Of("events", "--db", Db, "--format", "json").Out;
        Assert.Contains("Jalalabad", events, StringComparison.Ordinal);
        Assert.DoesNotContain("Behsud", events, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameFileAgain_StillKeepsTheFirstOfTwoRowsWithOneId()
    {
        // The first row matches what the first ingest stored, so it is not rewritten; the second must still be refused.
        var file = _temp.Write("dup.csv", Text(new Row("AFG1", Admin2: "Jalalabad"), new Row("AFG2"), new Row("AFG1", Admin2: "Behsud")));
        Assert.Equal(1, CliRun.Of("ingest", file, "--db", Db).ExitCode);

        var again = CliRun.Of("ingest", file, "--db", Db, "--json");

        using var json = System.Text.Json.JsonDocument.Parse(again.Out);
        var counts = json.RootElement.GetProperty("files")[0];
        Assert.Equal((0, 2, 1), (counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32(), counts.GetProperty("rejected").GetInt32()));
        Assert.Contains("line 2 has it already", json.RootElement.GetProperty("rejects")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Behsud", CliRun.Of("events", "--db", Db, "--format", "json").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claims", "import", "no-such.json")]
    [InlineData("claims", "add", "--key", "k", "--grade", "Z9")]
    [InlineData("ach", "rate", "no_such_item", "resurgent", "C")]
    public void AWriteVerbThatFails_LeavesNoNewStore(params string[] args)
    {
        var run = CliRun.Of([.. args, "--db", Db]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(Db), $"{string.Join(' ', args)} left a store behind");
    }
}
