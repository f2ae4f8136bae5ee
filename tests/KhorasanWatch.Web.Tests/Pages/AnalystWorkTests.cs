using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace KhorasanWatch.Web.Tests.Pages;

/// <summary>What an analyst changes and takes away: a rating of the hypotheses matrix, and the report in each form.</summary>
public sealed class AnalystWorkTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task RatingAnItem_SavesTheMatrixsNextVersion_AndThePageShowsIt()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/hypotheses");
        var form = browser.Page.Locator("form[aria-label='Rate an item']");
        var item = Items().First(i => i.Kind == "note").Id;
        var hypothesis = (await form.Locator("select[name=hypothesis] option").AllTextContentsAsync())[0];
        var before = Rating(item, hypothesis);
        var other = before == "II" ? "CC" : "II";

        await form.Locator("select[name=item]").SelectOptionAsync(item);
        await form.Locator("select[name=hypothesis]").SelectOptionAsync(hypothesis);
        await form.Locator("select[name=rating]").SelectOptionAsync(other);
        await form.GetByRole(AriaRole.Button, new() { Name = "Save the rating" }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("saved=1", StringComparison.Ordinal));

        var status = await browser.Page.Locator("[role=status]").TextContentAsync();
        Assert.Equal($"Saved version 1: rate {item} {hypothesis} {other}.", status?.Trim());
        Assert.Equal(other, Rating(item, hypothesis)); // the store's matrix, as the CLI reads it
        await browser.ScreenshotAsync("hypotheses-rated");
        Assert.Empty(browser.Errors);

        // The same rating again saves nothing, and says so.
        await form.Locator("select[name=item]").SelectOptionAsync(item);
        await form.Locator("select[name=hypothesis]").SelectOptionAsync(hypothesis);
        await form.Locator("select[name=rating]").SelectOptionAsync(other);
        await form.GetByRole(AriaRole.Button, new() { Name = "Save the rating" }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("unchanged=", StringComparison.Ordinal));
        Assert.StartsWith("Unchanged (version 1)", (await browser.Page.Locator("[role=status]").TextContentAsync())?.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARatingPostedWithoutTheFormsToken_IsRefused_AndSavesNothing()
    {
        using var http = new HttpClient();
        var item = Items()[0].Id;
        var versionBefore = Version();

        var response = await http.PostAsync(site.Url + "/hypotheses", new FormUrlEncodedContent(new Dictionary<string, string> { ["item"] = item, ["hypothesis"] = "resurging", ["rating"] = "CC" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(versionBefore, Version());
    }

    [Fact]
    public async Task ABadRating_IsWordedOnThePage()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/hypotheses");
        var form = browser.Page.Locator("form[aria-label='Rate an item']");
        var indicator = Items().First(i => i.Kind == "indicator").Id;

        await form.Locator("select[name=item]").SelectOptionAsync(indicator);
        await form.GetByRole(AriaRole.Button, new() { Name = "Save the rating" }).ClickAsync();

        var problem = await browser.Page.Locator("[role=alert]").TextContentAsync();
        Assert.Contains($"item '{indicator}' is an indicator: give the state to rate", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReport_IsViewed_AndDownloaded_AsHtmlAndPdf_AsTheCliWritesIt()
    {
        await using var browser = await Browser.OpenAsync(site.Url);
        await browser.GoAsync("/report");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Write the report" }).ClickAsync();
        await browser.Page.WaitForURLAsync("**/report?*write=1*");
        Assert.NotEqual(0, await browser.Page.Locator("ol li").CountAsync()); // the key judgments

        var html = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.GetByText("Download HTML").ClickAsync());
        Assert.EndsWith(".html", html.SuggestedFilename, StringComparison.Ordinal);
        var cliReport = Path.Combine(Path.GetDirectoryName(site.Db)!, "cli-report.html");
        SampleSite.Kwatch(0, "report", "--db", site.Db, "--out", cliReport);
        Assert.Equal(await File.ReadAllTextAsync(cliReport), await File.ReadAllTextAsync(await html.PathAsync()));

        var pdf = await browser.Page.RunAndWaitForDownloadAsync(() => browser.Page.GetByText("Download PDF").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await pdf.PathAsync());
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);

        await browser.Page.GetByText("View the report").ClickAsync();
        await browser.Page.WaitForURLAsync("**/report/view*");
        Assert.Contains("TLP:AMBER", await browser.Page.ContentAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("report-view");
        Assert.Empty(browser.Errors); // the report's own styles are allowed on its page, nothing else is needed
    }

    [Fact]
    public async Task AReportTheDataCannotAnswer_IsRefusedOnThePage_InTheCliWords()
    {
        await using var browser = await Browser.OpenAsync(site.Url);

        var response = await browser.Page.GotoAsync(site.Url + "/report?write=1&from=1990-01-01&to=1991-12-31");

        Assert.Equal(422, response?.Status);
        var cli = SampleSite.KwatchError("report", "--db", site.Db, "--out", Path.Combine(Path.GetDirectoryName(site.Db)!, "x.html"), "--from", "1990-01-01", "--to", "1991-12-31");
        var expected = cli["kwatch: ".Length..].Replace("--from", "from", StringComparison.Ordinal).Replace("--to", "to", StringComparison.Ordinal);
        Assert.Equal(expected, (await browser.Page.Locator("[role=alert]").TextContentAsync())?.Trim());
    }

    private List<(string Id, string Kind)> Items() =>
        [.. JsonNode.Parse(SampleSite.Kwatch(0, "ach", "show", "--db", site.Db, "--format", "json"))!["items"]!.AsArray()
            .Select(i => (i!["id"]!.GetValue<string>(), i["kind"]!.GetValue<string>()))];

    private string Rating(string item, string hypothesis) =>
        JsonNode.Parse(SampleSite.Kwatch(0, "ach", "show", "--db", site.Db, "--format", "json"))!["items"]!.AsArray()
            .Single(i => i!["id"]!.GetValue<string>() == item)!["ratings"]![hypothesis]!.GetValue<string>();

    private int? Version() =>
        JsonNode.Parse(SampleSite.Kwatch(0, "ach", "show", "--db", site.Db, "--format", "json"))!["version"]?.GetValue<int>();
}
