using System.Net;
using System.Text.Json.Nodes;

namespace KhorasanWatch.Web.Tests.Api;

/// <summary><c>/api/v1/events</c> and <c>/events.csv</c> against <c>kwatch events</c> on the same store.</summary>
public sealed class EventsApiTests(SampleSite site) : IClassFixture<SampleSite>
{
    private readonly HttpClient _api = site.Factory.CreateClient();

    [Fact]
    public async Task ThePages_FollowedToTheEnd_HoldEveryEventOnce_NewestFirst_AsTheCliWritesEach()
    {
        var cli = CliEvents();
        var seen = new List<JsonNode>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await GetJson($"/api/v1/events?limit=7{(cursor is null ? "" : "&cursor=" + cursor)}");
            var events = page["events"]!.AsArray();
            Assert.InRange(events.Count, 1, 7);
            seen.AddRange(events.Select(e => e!));
            cursor = page["next_cursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null && pages < 100);

        Assert.Equal(cli.Count, seen.Count);
        Assert.Equal((cli.Count + 6) / 7, pages);
        var expected = cli.OrderByDescending(e => Day(e)).ThenByDescending(e => Id(e), StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(Id), seen.Select(Id));
        // Each event is the CLI's object, field for field: one contract for both hosts.
        Assert.All(seen.Zip(expected), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second), $"{Id(pair.First)} differs"));
    }

    [Theory]
    [InlineData("country=PAK", "--country", "PAK")]
    [InlineData("actor=iskp&from=2021&to=2021", "--actor", "iskp", "--from", "2021", "--to", "2021")]
    [InlineData("from=2024-01", "--from", "2024-01")]
    public async Task AFilter_KeepsWhatTheCliKeeps(string query, params string[] cliFilter)
    {
        var page = await GetJson($"/api/v1/events?limit=500&{query}");

        var ids = page["events"]!.AsArray().Select(e => Id(e!)).Order(StringComparer.Ordinal).ToList();
        var cli = CliEvents(cliFilter).Select(Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(cli);
        Assert.Equal(cli, ids);
    }

    [Fact]
    public async Task TheDashboardsOwnFilters_KeepOnlyWhatTheyName()
    {
        var attacks = (await GetJson("/api/v1/events?limit=500&actor=iskp&role=perpetrator&attribution=certain"))["events"]!.AsArray();
        Assert.NotEmpty(attacks);
        Assert.All(attacks, e => Assert.Equal(("perpetrator", "certain"), (e!["role"]!.GetValue<string>(), e["attribution"]!.GetValue<string>())));

        var kabul = (await GetJson("/api/v1/events?limit=500&province=Kabul"))["events"]!.AsArray();
        Assert.NotEmpty(kabul);
        Assert.All(kabul, e => Assert.Equal("Kabul", e!["admin1"]!.GetValue<string>()));

        var all = CliEvents();
        var word = "prison";
        var withWord = all.Where(e => e["notes"]?.GetValue<string>().Contains(word, StringComparison.OrdinalIgnoreCase) == true).Select(Id).Order(StringComparer.Ordinal);
        var found = (await GetJson($"/api/v1/events?limit=500&text={word.ToUpperInvariant()}"))["events"]!.AsArray().Select(e => Id(e!)).Order(StringComparer.Ordinal);
        Assert.NotEmpty(withWord);
        Assert.Equal(withWord, found);

        var oldest = (await GetJson("/api/v1/events?limit=1&sort=oldest"))["events"]!.AsArray().Single()!;
        Assert.Equal(all.Min(Day), Day(oldest));
    }

    [Theory]
    [InlineData("to=2021-13", "--to", "2021-13")]
    [InlineData("country=Atlantis", "--country", "Atlantis")]
    [InlineData("actor=nobody", "--actor", "nobody")]
    [InlineData("limit=0", "--limit", "0")]
    public async Task ARefusedFilter_IsAProblem_InTheCliWords_WithTheQuerysName(string query, string option, string value)
    {
        var response = await _api.GetAsync($"/api/v1/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var cli = SampleSite.KwatchError("events", "--db", site.Db, option, value);
        Assert.Equal(cli["kwatch: ".Length..].Replace(option, option.TrimStart('-'), StringComparison.Ordinal), problem["detail"]!.GetValue<string>());
        Assert.Equal(400, problem["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("cursor=bm90IGEgY3Vyc29y")]
    [InlineData("role=victim")]
    [InlineData("sort=sideways")]
    public async Task AValueTheApiAloneTakes_IsRefused_Naming_It(string query)
    {
        var response = await _api.GetAsync($"/api/v1/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
        Assert.StartsWith(query.Split('=')[0] + " ", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEvent_CarriesItsRawSourceRecord_AndItsVersions()
    {
        var first = CliEvents().First();
        var id = Id(first);

        var detail = await GetJson($"/api/v1/events/{Uri.EscapeDataString(id)}");

        Assert.True(JsonNode.DeepEquals(first, detail["event"]), "the event is the CLI's object");
        var raw = detail["raw_record"]!.GetValue<string>();
        Assert.Contains(id.Split(':')[1], raw, StringComparison.Ordinal); // the source's own row, holding its event id
        Assert.NotNull(detail["versions"]!.AsArray());
        Assert.NotNull(detail["linked"]!.AsArray());
    }

    [Fact]
    public async Task AnUnknownEvent_IsNotFound()
    {
        var response = await _api.GetAsync("/api/v1/events/acled:NOPE1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("no event has the id 'acled:NOPE1'", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCsvExport_IsTheCliCsv_OfTheSameFilter()
    {
        var response = await _api.GetAsync("/events.csv?country=AFG&sort=oldest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);
        var cli = SampleSite.Kwatch(0, "events", "--db", site.Db, "--country", "AFG", "--format", "csv");
        Assert.Equal(cli, await response.Content.ReadAsStringAsync());
    }

    private List<JsonNode> CliEvents(params string[] filter) =>
        JsonNode.Parse(SampleSite.Kwatch(0, ["events", "--db", site.Db, "--format", "json", .. filter]))!.AsArray().Select(e => e!).ToList();

    private async Task<JsonNode> GetJson(string path)
    {
        var response = await _api.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }

    private static string Id(JsonNode e) => e["id"]!.GetValue<string>();

    private static string Day(JsonNode e) => e["date"]!.GetValue<string>();
}
