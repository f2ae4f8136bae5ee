using System.Net;
using System.Text.Json.Nodes;

namespace KhorasanWatch.Web.Tests.Api;

/// <summary>The indicators, warnings and data endpoints write the CLI's <c>--format json</c>, byte for byte.</summary>
public sealed class AnalysisApiTests(SampleSite site) : IClassFixture<SampleSite>
{
    private readonly HttpClient _api = site.Factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/indicators", "indicators")]
    [InlineData("/api/v1/indicators?period=year&from=2016&to=2024", "indicators", "--period", "year", "--from", "2016", "--to", "2024")]
    [InlineData("/api/v1/indicators?period=month&country=PAK&from=2023-01&to=2023-12", "indicators", "--period", "month", "--country", "PAK", "--from", "2023-01", "--to", "2023-12")]
    [InlineData("/api/v1/warnings", "warnings")]
    [InlineData("/api/v1/warnings?as_of=2021-09-30&cadence=week", "warnings", "--as-of", "2021-09-30", "--cadence", "week")]
    [InlineData("/api/v1/sources", "sources")]
    [InlineData("/api/v1/hypotheses", "ach", "show")]
    [InlineData("/api/v1/hypotheses/score?as_of=2024-06-30", "ach", "score", "--as-of", "2024-06-30")]
    [InlineData("/api/v1/claims", "claims", "list")]
    [InlineData("/api/v1/claims?subject=manpower", "claims", "list", "--subject", "manpower")]
    [InlineData("/api/v1/claims/reuters-2021-09-21-iskp-about-2000-fighters", "claims", "show", "reuters-2021-09-21-iskp-about-2000-fighters")]
    public async Task TheApi_WritesWhatTheCliWrites(string path, params string[] verb)
    {
        var response = await _api.GetAsync(path);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var cli = SampleSite.Kwatch(0, [.. verb, "--db", site.Db, "--format", "json"]);
        Assert.Equal(cli.TrimEnd(), body.TrimEnd());
    }

    [Fact]
    public async Task ARangeBeforeTheData_IsUnprocessable_InTheCliWords()
    {
        var response = await _api.GetAsync("/api/v1/indicators?from=1990&to=1991");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
        var cli = SampleSite.KwatchError("indicators", "--db", site.Db, "--from", "1990", "--to", "1991");
        Assert.Equal(cli["kwatch: ".Length..].Replace("--from", "from", StringComparison.Ordinal).Replace("--to", "to", StringComparison.Ordinal), detail);
    }

    [Fact]
    public async Task AnUnknownPeriod_NamesTheParameter_AndWhatItTakes()
    {
        var response = await _api.GetAsync("/api/v1/indicators?period=fortnight");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
        Assert.Equal("period must be one of week, month, quarter, year, window, not 'fortnight'", detail);
        Assert.Contains("quarter", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASavedMatrixThatNoLongerReads_IsUnprocessable_WithTheAdministratorsStep()
    {
        using var temp = new TestSupport.TempFolder();
        var db = temp.File("k.db");
        SampleSite.Load(db, Path.Combine(TestSupport.RepoPaths.Samples, "iskp-notable-attacks.csv"));
        using (var store = KhorasanWatch.Storage.Sqlite.SqliteEventStore.Open(db))
        {
            store.SaveMatrix("iskp-resurgence", """{ "name": "iskp-resurgence", "hypotheses": [ { "id": "a" }, { "id": "a" } ], "items": [] }""", "saved before the check", DateTimeOffset.UnixEpoch);
        }

        await using var app = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(w => w.UseSetting("db", db));
        var response = await app.CreateClient().GetAsync("/api/v1/hypotheses");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("matrix_unreadable", problem["title"]!.GetValue<string>());
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains("hypothesis id 'a' is used twice", detail, StringComparison.Ordinal);
        Assert.EndsWith("; its administrator can import a corrected matrix (kwatch ach import FILE --matrix iskp-resurgence) to save a new version", detail, StringComparison.Ordinal);
        Assert.Contains("import a corrected matrix (kwatch ach import FILE --matrix iskp-resurgence) to save a new version", SampleSite.KwatchError("ach", "show", "--db", db), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRejects_AreListed_WithFileLineFieldAndReason()
    {
        using var temp = new TestSupport.TempFolder();
        var db = temp.File("k.db");
        var csv = TestSupport.AcledCsv.Header + "\n" + string.Join(",", Enumerable.Repeat("x", TestSupport.AcledCsv.Header.Split(',').Length)) + "\n";
        var file = temp.Write("bad.csv", csv);
        SampleSite.Load(db, Path.Combine(TestSupport.RepoPaths.Samples, "iskp-notable-attacks.csv"));
        SampleSite.Kwatch(1, "ingest", file, "--db", db);
        await using var app = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(w => w.UseSetting("db", db));

        var body = await app.CreateClient().GetStringAsync("/api/v1/rejects");

        var reject = Assert.Single(JsonNode.Parse(body)!["problems"]!.AsArray())!;
        Assert.Equal(("rejected", "bad.csv", 2), (reject["kind"]!.GetValue<string>(), Path.GetFileName(reject["file"]!.GetValue<string>()), reject["line"]!.GetValue<int>()));
        Assert.False(string.IsNullOrEmpty(reject["field"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(reject["reason"]!.GetValue<string>()));
        // One contract with the CLI's, byte for byte.
        Assert.Equal(SampleSite.Kwatch(0, "problems", "--db", db, "--kind", "rejected", "--format", "json").TrimEnd(), body.TrimEnd());
        Assert.Equal(SampleSite.Kwatch(0, "problems", "--db", db, "--format", "json", "--limit", "1").TrimEnd(), (await app.CreateClient().GetStringAsync("/api/v1/problems?limit=1")).TrimEnd());
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesEveryEndpoint_AndTheEventFilters()
    {
        var doc = JsonNode.Parse(await _api.GetStringAsync("/openapi/v1.json"))!;

        Assert.StartsWith("3.", doc["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var paths = doc["paths"]!.AsObject();
        foreach (var path in new[] { "/api/v1/events", "/api/v1/events/{id}", "/api/v1/indicators", "/api/v1/warnings", "/api/v1/claims", "/api/v1/claims/{key}", "/api/v1/sources", "/api/v1/problems", "/api/v1/rejects", "/events.csv" })
        {
            Assert.True(paths.ContainsKey(path), $"{path} is missing");
        }

        var names = paths["/api/v1/events"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "from", "to", "country", "province", "actor", "role", "attribution", "target", "source", "text", "sort", "limit", "cursor" }, names);

        // The answers' schemas come from the typed contracts, in their wire names.
        var schemas = doc["components"]!["schemas"]!.AsObject();
        var page = schemas["EventPageRecord"]!["properties"]!.AsObject();
        Assert.Equal(["events", "next_cursor"], page.Select(p => p.Key).Order(StringComparer.Ordinal));
        var fields = schemas["EventRecord"]!["properties"]!.AsObject().Select(p => p.Key).ToList();
        var cli = JsonNode.Parse(SampleSite.Kwatch(0, "events", "--db", site.Db, "--format", "json", "--limit", "1"))!.AsArray()[0]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(cli, fields);
    }

    [Theory]
    [InlineData("IndicatorsRecord", "", "indicators")]
    [InlineData("PeriodRecord", "periods", "indicators")]
    [InlineData("WarningsRecord", "", "warnings")]
    [InlineData("ChanceAloneRecord", "chance_alone", "warnings")]
    [InlineData("AchMatrixRecord", "", "ach", "show")]
    [InlineData("AchScoreRecord", "", "ach", "score")]
    [InlineData("ClaimListRecord", "", "claims", "list")]
    [InlineData("ClaimRecord", "claims", "claims", "list")]
    public async Task TheOpenApiSchemas_HaveTheFieldsTheCliWrites(string schema, string inside, params string[] verb)
    {
        var doc = JsonNode.Parse(await _api.GetStringAsync("/openapi/v1.json"))!;
        var fields = doc["components"]!["schemas"]![schema]!["properties"]!.AsObject().Select(p => p.Key).ToList();

        // The CLI's document, or the object (an array's first) under "inside" in it.
        var node = JsonNode.Parse(SampleSite.Kwatch(0, [.. verb, "--db", site.Db, "--format", "json"]))!;
        node = inside.Length == 0 ? node : node[inside] is JsonArray array ? array[0]! : node[inside]!;
        Assert.Equal(node.AsObject().Select(p => p.Key).ToList(), fields);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/sources")]
    [InlineData("/api/v1/events?to=2021-13")]
    [InlineData("/events/acled:NOPE")]
    [InlineData("/no-such-page")]
    public async Task EveryAnswer_ForbidsInlineScriptAndFraming(string path)
    {
        var response = await _api.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.evil.example")]
    public async Task ARequestNamingAnotherHost_IsRefused_OnLoopback(string host)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, site.Url + "/api/v1/sources");
        request.Headers.Host = host;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // DNS rebinding reads nothing
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(site.Url + "/api/v1/sources")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownClaim_IsNotFound_InTheCliWords()
    {
        var response = await _api.GetAsync("/api/v1/claims/nobody");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
        Assert.Equal("the store has no claim 'nobody' in its register", detail);
    }
}
