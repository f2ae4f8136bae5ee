using KhorasanWatch.TestSupport.Browser;
using Microsoft.Playwright;

namespace KhorasanWatch.Web.Tests.Pages;

/// <summary>
/// A page in Debian's Chromium that records what a reader could not see: console errors (a
/// refused script or style shows there), dialogs, and requests for anything but the site's own
/// pages and style sheet.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    private readonly HeadlessChromium _chromium;
    private readonly IBrowserContext _context;
    private readonly string _site;

    private Browser(HeadlessChromium chromium, IBrowserContext context, IPage page, string site)
    {
        (_chromium, _context, Page, _site) = (chromium, context, page, site);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                Errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => Errors.Add(e);
        page.Dialog += async (_, d) =>
        {
            Dialogs.Add(d.Message);
            await d.DismissAsync();
        };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(_site + "/", StringComparison.Ordinal) || r.ResourceType is not ("document" or "stylesheet"))
            {
                Unexpected.Add(r.Url);
            }
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Dialogs { get; } = [];

    /// <summary>Requests for anything but the site's pages and style sheet: an image, a script, a frame, a fetch, another site.</summary>
    public List<string> Unexpected { get; } = [];

    /// <summary>A phone's width (390×844) or a laptop's (1280×800).</summary>
    public static async Task<Browser> OpenAsync(string site, bool phone = false)
    {
        var chromium = await HeadlessChromium.LaunchAsync();
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 800 }, AcceptDownloads = true });
        // A hang, not speed, is what a timeout is for: with the other test assemblies running beside
        // these on two cores, a report page has taken longer than Playwright's 30 s default.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return new Browser(chromium, context, await context.NewPageAsync(), site);
    }

    /// <summary>Loads <paramref name="path"/> and fails unless the server answered 200.</summary>
    public async Task GoAsync(string path)
    {
        var response = await Page.GotoAsync(_site + path);
        Assert.True(response?.Status == 200, $"{path} answered {response?.Status}");
    }

    /// <summary>Saves what the reader sees under the test output's <c>screenshots</c> folder.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _chromium.DisposeAsync();
    }
}
