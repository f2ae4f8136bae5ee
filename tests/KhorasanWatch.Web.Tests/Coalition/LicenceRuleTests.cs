using System.Net;
using System.Text.Json;
using KhorasanWatch.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Web.Tests.Coalition;

/// <summary>
/// The sources' licence rule (issue 16, item 6): rows of a source whose terms forbid redistribution
/// (ACLED here) are shown as rows to their owner's organisation only, whatever their marking lets
/// others see; the figures derived from them reach every reader the marking reaches. UCDP's rows,
/// under CC BY 4.0, are shown to all whom their marking reaches.
/// </summary>
public sealed class LicenceRuleTests : IAsyncLifetime
{
    private const string UcdpHeader = "id,year,type_of_violence,side_a,side_b,country,adm_1,adm_2,latitude,longitude,date_start,date_end,best,low,high\n";

    private readonly TempFolder _temp = new();
    private readonly Dictionary<string, string> _tokens = [];
    private WebApplicationFactory<Program> _app = null!;

    private string Db => _temp.File("k.db");

    public ValueTask InitializeAsync()
    {
        SampleSite.Kwatch(0, "org", "add", "fin", "--name", "FIN", "--country", "FIN", "--db", Db);
        SampleSite.Kwatch(0, "org", "add", "est", "--name", "EST", "--country", "EST", "--db", Db);
        SampleSite.Kwatch(0, "user", "add", "admin1", "--org", "fin", "--role", "admin", "--db", Db);
        foreach (var (user, org) in new[] { ("ana", "fin"), ("eve", "est") })
        {
            SampleSite.Kwatch(0, "user", "add", user, "--org", org, "--role", "analyst", "--as", "admin1", "--db", Db);
            _tokens[user] = SampleSite.Kwatch(0, "token", "create", user, "--as", "admin1", "--db", Db).Trim();
        }

        // Both files TLP:GREEN, owned by fin: est, in the community, may see both by their marking.
        var acled = _temp.Write("acled.csv", Text(new Row("AFG1", Date: "2021-03-02"), new Row("AFG2", Date: "2021-05-10")));
        var ucdp = _temp.Write("ged.csv", UcdpHeader + "9001,2021,3,IS,Civilians,Afghanistan,Nangarhar province,Jalalabad district,34.4300,70.4500,2021-06-20,2021-06-20,4,4,6\n");
        SampleSite.Kwatch(0, "ingest", acled, "--tlp", "green", "--as", "ana", "--db", Db);
        SampleSite.Kwatch(0, "ingest", ucdp, "--tlp", "green", "--as", "ana", "--db", Db);
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(w => w.UseSetting("db", Db));
        return ValueTask.CompletedTask;
    }

    private async Task<(HttpStatusCode Status, string Body)> Get(string user, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _tokens[user]);
        using var response = await _app.CreateClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> Listed(string user)
    {
        var (status, body) = await Get(user, "/api/v1/events?limit=100");
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task AnotherOrganisation_SeesUcdpRows_AndAcledFigures_ButNoAcledRow()
    {
        Assert.Equal(["acled:AFG1", "acled:AFG2", "ucdp:9001"], (await Listed("ana")).Order());
        Assert.Equal(["ucdp:9001"], await Listed("eve"));

        Assert.Equal(HttpStatusCode.OK, (await Get("ana", "/api/v1/events/acled:AFG1")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get("eve", "/api/v1/events/ucdp:9001")).Status);
        var refused = await Get("eve", "/api/v1/events/acled:AFG1");
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("suicide bomber", refused.Body, StringComparison.Ordinal);
        var csv = await Get("eve", "/events.csv");
        Assert.DoesNotContain("acled:", csv.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("acled:", SampleSite.Kwatch(0, "events", "--format", "json", "--as", "eve", "--db", Db), StringComparison.Ordinal);

        // The figures: every attack, ACLED's too, for both organisations, by the CLI and the API alike.
        foreach (var user in new[] { "ana", "eve" })
        {
            var indicators = JsonDocument.Parse(SampleSite.Kwatch(0, "indicators", "--period", "year", "--format", "json", "--as", user, "--db", Db)).RootElement;
            Assert.Equal(3, indicators.GetProperty("periods")[0].GetProperty("attacks").GetInt32());
            var (_, api) = await Get(user, "/api/v1/indicators?period=year");
            Assert.Equal(3, JsonDocument.Parse(api).RootElement.GetProperty("periods")[0].GetProperty("attacks").GetInt32());
            var summary = JsonDocument.Parse(SampleSite.Kwatch(0, "events", "--summary", "--format", "json", "--as", user, "--db", Db)).RootElement;
            Assert.Equal(3, summary.EnumerateArray().Sum(r => r.GetProperty("events").GetInt32()));
        }
    }

    [Fact]
    public async Task ACompilationWhoseTermsShareIt_IsShownAsRows_InItsSourcesFormat_AndAnUnknownOneIsNot()
    {
        var rows = _temp.Write("compiled.csv", Text(
            new Row("KWS1", Date: "2021-04-02", Tags: "dataset=Khorasan Watch curated compilation"),
            new Row("LST1", Date: "2021-04-09", Tags: "dataset=a list of unknown terms")));
        SampleSite.Kwatch(0, "ingest", rows, "--tlp", "green", "--as", "ana", "--db", Db);

        Assert.Equal(["acled:KWS1", "ucdp:9001"], (await Listed("eve")).Order());
        Assert.Equal(HttpStatusCode.OK, (await Get("eve", "/api/v1/events/acled:KWS1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("eve", "/api/v1/events/acled:LST1")).Status); // ACLED's format, terms unknown: ACLED's rule
        Assert.Contains("acled:LST1", string.Join(' ', await Listed("ana")), StringComparison.Ordinal);
    }

    [Fact]
    public void AReportsFootnotes_GiveAnotherOrganisationTheIdsOfAcledRows_NotTheRows()
    {
        string Report(string user)
        {
            var file = _temp.File($"report-{user}.html");
            SampleSite.Kwatch(0, "report", "--out", file, "--as", user, "--db", Db);
            return File.ReadAllText(file);
        }

        var theirs = Report("eve");
        Assert.Contains("<code>acled:AFG1</code> (counted; its source's terms show the row to the organisation that loaded it only)", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("— <code>acled:AFG1</code>", theirs, StringComparison.Ordinal); // never described with its day and place
        Assert.Contains("— <code>ucdp:9001</code>", theirs, StringComparison.Ordinal);
        Assert.Contains("— <code>acled:AFG1</code>", Report("ana"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheRawRecordAndVersions_AreTheLoadersOnly_AndRowsBelongToTheOrganisationThatLoadsThem()
    {
        var changed = _temp.Write("acled-2.csv", Text(new Row("AFG1", Date: "2021-03-02", Fatalities: "12"), new Row("AFG2", Date: "2021-05-10")));
        SampleSite.Kwatch(0, "ingest", changed, "--tlp", "green", "--as", "ana", "--db", Db); // AFG1 gains a version
        using (var store = KhorasanWatch.Storage.Sqlite.SqliteEventStore.OpenReadOnly(Db))
        {
            store.ViewAs(new KhorasanWatch.Coalition.Viewer("ana", "fin", IsLocalOwner: false));
            Assert.NotNull(store.RawRow("acled:AFG1"));
            Assert.NotEmpty(store.History("acled:AFG1"));
            store.ViewAs(new KhorasanWatch.Coalition.Viewer("eve", "est", IsLocalOwner: false));
            Assert.Null(store.RawRow("acled:AFG1"));
            Assert.Empty(store.History("acled:AFG1"));
            Assert.NotNull(store.RawRow("ucdp:9001"));
        }

        // est may not load a file as fin's, and what est loads is est's to show.
        var asFin = SampleSite.KwatchError("ingest", _temp.Write("est.csv", Text(new Row("AFG7", Date: "2021-07-01"))), "--owner", "fin", "--as", "eve", "--db", Db);
        Assert.Contains("a file's rows belong to the organisation that loads them, 'est'", asFin, StringComparison.Ordinal);
        SampleSite.Kwatch(0, "ingest", _temp.File("est.csv"), "--tlp", "green", "--as", "eve", "--db", Db);
        Assert.Contains("acled:AFG7", SampleSite.Kwatch(0, "events", "--format", "csv", "--as", "eve", "--db", Db), StringComparison.Ordinal);
        Assert.DoesNotContain("acled:AFG7", SampleSite.Kwatch(0, "events", "--format", "csv", "--as", "ana", "--db", Db), StringComparison.Ordinal);
    }

    [Fact]
    public void AProblemsReason_WhichMayQuoteTheRow_IsTheLoadersOnly()
    {
        var bad = _temp.Write("acled-bad.csv", Text(new Row("AFG8", Date: "2021-08-01"), new Row("AFG9", Date: "the 32nd of Sextember")));
        SampleSite.Kwatch(1, "ingest", bad, "--tlp", "green", "--as", "ana", "--db", Db); // one row rejected
        string Reasons(string user) => string.Join('\n', JsonDocument.Parse(SampleSite.Kwatch(0, "problems", "--format", "json", "--as", user, "--db", Db))
            .RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("reason").GetString()));

        Assert.Contains("Sextember", Reasons("ana"), StringComparison.Ordinal);
        var theirs = Reasons("eve");
        Assert.DoesNotContain("Sextember", theirs, StringComparison.Ordinal);
        Assert.Contains(KhorasanWatch.Storage.Sqlite.SqliteEventStore.WithheldReason, theirs, StringComparison.Ordinal); // the problem is listed, its words are not
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _temp.Dispose();
    }
}
