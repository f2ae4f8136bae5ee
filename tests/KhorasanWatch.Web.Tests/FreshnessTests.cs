using System.Text.Json.Nodes;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Web.Tests;

/// <summary>
/// The server remembers what it computed for a generation of the store's events; an ingest while
/// it runs, from another process's kwatch, must show on the next page and in the next answer.
/// </summary>
public sealed class FreshnessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task AnIngestWhileServing_ShowsOnTheNextOverviewAndWarnings()
    {
        var db = _temp.File("k.db");
        SampleSite.Load(db, Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"));
        var (app, url) = await SampleSite.StartAsync(db);
        await using var _ = app;
        using var http = new HttpClient();
        var before = await http.GetStringAsync(url + "/");
        var warningsBefore = await http.GetStringAsync(url + "/api/v1/warnings");
        Assert.Equal(warningsBefore, await http.GetStringAsync(url + "/api/v1/warnings")); // the same answer again

        var csv = _temp.Write("new.csv", AcledCsv.Text(new AcledCsv.Row("AFG99001", Date: "2025-02-20", Notes: "On 20 February 2025, ISKP attacked a market in Kabul."))); // after the sample's last attack
        SampleSite.Load(db, csv);

        var after = await http.GetStringAsync(url + "/");
        Assert.Contains("acled:AFG99001", after, StringComparison.Ordinal);
        Assert.DoesNotContain("acled:AFG99001", before, StringComparison.Ordinal);
        var warningsAfter = JsonNode.Parse(await http.GetStringAsync(url + "/api/v1/warnings"))!;
        Assert.Equal("2025-02-20", warningsAfter["as_of"]!.GetValue<string>());
    }

    public void Dispose() => _temp.Dispose();
}
