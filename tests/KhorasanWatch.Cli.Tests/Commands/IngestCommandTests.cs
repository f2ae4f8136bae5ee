using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Json_ReportsOneObjectPerFileWithTheContractKeys_AndTheRejects()
    {
        var good = _temp.Write("good.csv", Text(new Row("AFG1"), new Row("AFG2")));
        var mixed = _temp.Write("mixed.csv", Text(new Row("AFG3"), new Row("AFG4", Date: "31 Feb 2021")));

        var run = CliRun.Of("ingest", good, mixed, "--json", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        foreach (var key in new[] { "read", "added", "updated", "unchanged", "rejected", "warnings", "linked" })
        {
            Assert.All(files, f => Assert.Equal(JsonValueKind.Number, f.GetProperty(key).ValueKind));
        }

        Assert.Equal(2, files[0].GetProperty("added").GetInt32());
        Assert.Equal(1, files[1].GetProperty("rejected").GetInt32());
        var reject = Assert.Single(json.RootElement.GetProperty("rejects").EnumerateArray());
        Assert.Equal(mixed, reject.GetProperty("file").GetString());
        Assert.Equal(3, reject.GetProperty("line").GetInt32());
        Assert.Equal("event_date", reject.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(reject.GetProperty("reason").GetString()));
    }

    [Fact]
    public void AllRowsGood_ExitsZero_AndTheSecondRunAddsNothing()
    {
        var file = _temp.Write("a.csv", Text(new Row("AFG1")));

        Assert.Equal(0, CliRun.Of("ingest", file, "--db", Db).ExitCode);
        var again = CliRun.Of("ingest", file, "--db", Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("added 0, updated 0, unchanged 1", again.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.csv", null, "no such file")]
    [InlineData("empty.csv", "", "empty")]
    [InlineData("other.csv", "name,colour\nfoo,blue\n", "not a known format")]
    public void UnreadableInput_GivesOneLineNamingTheFile_AndExitCode2(string name, string? content, string expected)
    {
        var path = content is null ? _temp.File(name) : _temp.Write(name, content);

        var run = CliRun.Of("ingest", path, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.Contains('%', StringComparison.Ordinal));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadEncoding_NamesFileAndLine_AndStoresNothingOfThatFile()
    {
        var path = _temp.File("latin.csv");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes(Text(new Row("AFG1"))), .. System.Text.Encoding.Latin1.GetBytes(Line(new Row("AFG2", Admin2: "Kābul")).Replace("ā", "\u00e9", StringComparison.Ordinal) + "\n")]);

        var run = CliRun.Of("ingest", path, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:3: bad encoding", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "nothing was stored, so no new store is left behind");
    }

    [Fact]
    public void AnUnknownOption_IsBadUsage_AndNothingIsLoaded()
    {
        var file = _temp.Write("a.csv", Text(new Row("AFG1")));

        var run = CliRun.Of("ingest", "--bogus", file, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--bogus'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void BadUsage_ExitsTwo()
    {
        Assert.Equal(2, CliRun.Of("ingest").ExitCode);
        Assert.Equal(2, CliRun.Of("ingest", "x.csv", "--source", "gdelt").ExitCode);
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
    }

    [Fact]
    public void TheShippedSample_IngestsWithoutRejects()
    {
        var run = CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.True(file.GetProperty("added").GetInt32() >= 40);
        Assert.Equal(0, file.GetProperty("rejected").GetInt32());
        Assert.Equal(0, file.GetProperty("warnings").GetInt32());
    }
}
