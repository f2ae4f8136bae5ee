using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>Indicators and warnings carry the most restrictive marking of the events their reader may read: computed, not typed.</summary>
public sealed class DerivedMarkingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    private CliRun Kwatch(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    private string? Marking(string verb, string user)
    {
        var run = Kwatch(verb, "--format", "json", "--as", user);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("marking").GetString();
    }

    [Fact]
    public void EachReader_GetsTheMostRestrictiveMarkingOfWhatTheyMayRead()
    {
        TwoOrganisations.Add(Db);
        var green = _temp.Write("green.csv", Text(new Row("AFG1", Date: "2021-03-02"), new Row("AFG2", Date: "2021-05-10")));
        var amber = _temp.Write("amber.csv", Text(new Row("AFG3", Date: "2021-06-01")));
        Assert.Equal(0, Kwatch("ingest", green, "--tlp", "green", "--as", "ana").ExitCode);
        Assert.Equal(0, Kwatch("ingest", amber, "--tlp", "amber", "--as", "ana").ExitCode); // released to no one but fin

        foreach (var verb in new[] { "indicators", "warnings" })
        {
            Assert.Equal("amber", Marking(verb, "ana")); // fin reads both files
            Assert.Equal("green", Marking(verb, "eve")); // est, in the community, reads the GREEN file only
        }

        Assert.Equal(0, Kwatch("ingest", amber, "--tlp", "clear", "--as", "ana").ExitCode); // re-marked CLEAR
        Assert.Equal("green", Marking("indicators", "ana"));
    }

    [Fact]
    public void AStoreWithoutUsers_MarksNothingItself()
    {
        Kwatch("ingest", _temp.Write("a.csv", Text(new Row("AFG1"))));
        var run = Kwatch("indicators", "--format", "json");
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(run.Out).RootElement.GetProperty("marking").ValueKind);
    }

    public void Dispose() => _temp.Dispose();
}
