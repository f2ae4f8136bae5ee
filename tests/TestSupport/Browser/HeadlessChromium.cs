using Microsoft.Playwright;

namespace KhorasanWatch.TestSupport.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, for tests that look at a page as a reader
/// would. Never a downloaded browser: it runs the executable <see cref="Chromium.RequirePath"/>
/// finds, and skips the test when there is none.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var executable = Chromium.RequirePath();
        var playwright = await Playwright.CreateAsync();
        try
        {
            // Playwright adds --no-sandbox, --disable-dev-shm-usage and the no-network flags itself.
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = ["--disable-gpu", "--disable-quic"] });
            return new HeadlessChromium(playwright, browser);
        }
        catch (PlaywrightException)
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new page that has loaded <paramref name="pathOrUrl"/>: a file path (made absolute) or a URL.</summary>
    public async Task<IPage> OpenAsync(string pathOrUrl)
    {
        var url = pathOrUrl.Contains("://", StringComparison.Ordinal) ? pathOrUrl : new Uri(Path.GetFullPath(pathOrUrl)).AbsoluteUri;
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
