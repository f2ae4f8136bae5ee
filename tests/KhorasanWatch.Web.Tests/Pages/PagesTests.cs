using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace KhorasanWatch.Web.Tests.Pages;

/// <summary>The dashboard on the shipped sample, in a real browser, as an analyst uses it.</summary>
public sealed class PagesTests(SampleSite site) : IClassFixture<SampleSite>
{
    public static TheoryData<string, string, string> EveryPage => new()
    {
        { "/", "overview", "Overview" },
        { "/events", "events", "Events" },
        { "/events?country=PAK&sort=oldest", "events-pakistan", "Events" },
        { "/indicators", "indicators", "Indicators" },
        { "/indicators?period=year&from=2016&to=2024&country=AFG", "indicators-year", "Indicators" },
        { "/warnings", "warnings", "Warnings" },
        { "/claims", "claims", "Claims" },
        { "/claims/reuters-2021-09-21-iskp-about-2000-fighters", "claim", "Claim reuters-2021-09-21-iskp-about-2000-fighters" },
        { "/claims/series/manpower", "claim-series", "manpower over time" },
        { "/hypotheses", "hypotheses", "Hypotheses" },
        { "/report?write=1", "report", "Report" },
        { "/data", "data", "Data" },
    };

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task EveryPage_Loads_WithoutAnError_AtALaptopsWidthAndAPhones(string path, string name, string heading)
    {
        foreach (var phone in new[] { false, true })
        {
            await using var browser = await Browser.OpenAsync(site.Url, phone);

            await browser.GoAsync(path);

            Assert.Equal(heading, (await browser.Page.Locator("h1").First.TextContentAsync())?.Trim());
            await browser.ScreenshotAsync(name + (phone ? "-phone" : ""));
            Assert.Empty(browser.Errors);
            Assert.Empty(browser.Unexpected);
            // Nothing wider than the screen but the tables, which scroll in their own box.
            Assert.True(await browser.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{path} scrolls sideways at {(phone ? 390 : 1280)} px");
        }
    }

    [Fact]
    public async Task AnEventPage_ShowsEveryField_AndTheSourcesOwnRecord()
    {
        var id = FirstEventId("--country", "PAK");
        await using var browser = await Browser.OpenAsync(site.Url);

        await browser.GoAsync("/events/" + Uri.EscapeDataString(id));

        Assert.Contains(id, await browser.Page.Locator("h1").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains(id.Split(':')[1], await browser.Page.Locator("pre.raw").First.TextContentAsync() ?? "", StringComparison.Ordinal);
        var fields = await browser.Page.Locator("dl.fields dt").AllTextContentsAsync();
        Assert.Superset(new HashSet<string> { "Date", "Source", "Place", "Type", "Actors", "Target", "Killed", "Suicide attack", "Notes", "Version" }, fields.ToHashSet());

        await browser.ScreenshotAsync("event");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task FilteringTheEvents_PutsTheFilterInTheUrl_AndListsWhatTheCliLists()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/events");

        await browser.Page.GetByLabel("Country").FillAsync("PAK");
        await browser.Page.GetByLabel("Role").SelectOptionAsync("perpetrator");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await browser.Page.WaitForURLAsync("**/events?*country=PAK*");

        var shown = await browser.Page.Locator("table.events tbody tr td:nth-child(2) a").AllTextContentsAsync();
        var cli = JsonNode.Parse(SampleSite.Kwatch(0, "events", "--db", site.Db, "--country", "PAK", "--format", "json"))!.AsArray()
            .Where(e => e!["role"]?.GetValue<string>() == "perpetrator").Select(e => e!["id"]!.GetValue<string>());
        Assert.NotEmpty(shown);
        Assert.Equal(cli.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Contains("role=perpetrator", browser.Page.Url, StringComparison.Ordinal);

        // The URL is the view: opened afresh, it shows the same list.
        await using var other = await Browser.OpenAsync(site.Url);
        await other.GoAsync(new Uri(browser.Page.Url).PathAndQuery);
        Assert.Equal(shown, await other.Page.Locator("table.events tbody tr td:nth-child(2) a").AllTextContentsAsync());
    }

    [Fact]
    public async Task TheNextPageLink_PagesThroughEveryEvent()
    {
        var all = JsonNode.Parse(SampleSite.Kwatch(0, "events", "--db", site.Db, "--format", "json"))!.AsArray().Count;
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/events");

        var seen = new List<string>();
        while (true)
        {
            seen.AddRange(await browser.Page.Locator("table.events tbody tr td:nth-child(2) a").AllTextContentsAsync());
            var next = browser.Page.Locator("a[rel=next]");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            await next.ClickAsync();
            await browser.Page.WaitForURLAsync("**cursor=*");
        }

        Assert.Equal(all, seen.Count);
        Assert.Equal(all, seen.Distinct().Count());
    }

    [Fact]
    public async Task TheDataPage_ListsTheIngestRuns_WithTheirCounts()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/data");

        var row = browser.Page.Locator("table.runs tbody tr", new() { HasTextString = "iskp-notable-attacks.csv" });

        Assert.Equal(1, await row.CountAsync());
        var cells = await row.Locator("td").AllTextContentsAsync();
        Assert.Equal(("acled", "62", "62"), (cells[2], cells[4], cells[5])); // source, read, added
    }

    [Fact]
    public async Task AnEvent_OpensFromTheList()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/events");
        var link = browser.Page.Locator("table.events tbody tr td:nth-child(2) a").First;
        var id = await link.TextContentAsync();

        await link.ClickAsync();
        await browser.Page.WaitForURLAsync("**/events/*");

        Assert.Contains(id!, await browser.Page.Locator("h1").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEvent_OpensFromTheMap()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/");
        var point = browser.Page.Locator("svg.map a.point").First;
        var id = await point.GetAttributeAsync("data-event");

        await point.ClickAsync();
        await browser.Page.WaitForURLAsync("**/events/*");

        Assert.Contains(id!, await browser.Page.Locator("h1").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvLink_DownloadsTheFilteredEvents()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/events?country=PAK");

        var download = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.GetByText("Export these events as CSV").ClickAsync());

        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path);
        var cli = SampleSite.Kwatch(0, "events", "--db", site.Db, "--country", "PAK", "--format", "csv");
        Assert.Equal(cli.Split('\n').Order(StringComparer.Ordinal), csv.Split('\n').Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheKeyboard_ReachesTheContentFirst_ThenEveryLink()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/events");

        await browser.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the content", await browser.Page.EvaluateAsync<string>("document.activeElement.textContent"));
        await browser.Page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", browser.Page.Url, StringComparison.Ordinal);

        // Focus is drawn: the focused element has a visible outline.
        await browser.Page.Keyboard.PressAsync("Tab");
        var outline = await browser.Page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [Fact]
    public async Task ABadValue_ShowsTheProblem_OnThePage_InTheFormsWords()
    {
        await using var browser = await Browser.OpenAsync(site.Url);

        var response = await browser.Page.GotoAsync(site.Url + "/events?from=2021-02-30");

        Assert.Equal(400, response?.Status);
        var problem = await browser.Page.Locator("[role=alert]").TextContentAsync();
        Assert.Equal(SampleSite.KwatchError("events", "--db", site.Db, "--from", "2021-02-30")["kwatch: --".Length..], problem?.Trim());
    }

    private string FirstEventId(params string[] filter) =>
        JsonNode.Parse(SampleSite.Kwatch(0, ["events", "--db", site.Db, "--format", "json", .. filter]))!.AsArray()[0]!["id"]!.GetValue<string>();
}
