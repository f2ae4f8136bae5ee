using KhorasanWatch.TestSupport;
using KhorasanWatch.TestSupport.Browser;

namespace KhorasanWatch.Tests.Reporting.Pdf;

/// <summary>The page the printer tests print, opened in a real browser through Playwright.</summary>
public sealed class PrintablePageInBrowserTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task ThePage_DrawsItsInlineChartAndTakesAScreenshot()
    {
        using var temp = new TempFolder();
        var html = PrintablePage.Write(temp);
        await using var chromium = await HeadlessChromium.LaunchAsync();

        var page = await chromium.OpenAsync(html);
        var chart = await page.Locator("svg").BoundingBoxAsync();
        var png = await page.ScreenshotAsync(new() { FullPage = true });

        Assert.NotNull(chart);
        Assert.True(chart.Width > 0 && chart.Height > 0, $"the chart is {chart.Width} x {chart.Height}");
        Assert.Equal(PrintablePage.Heading, await page.Locator("h1").InnerTextAsync());
        Assert.True(png.AsSpan().StartsWith(PngSignature), "the screenshot is not a PNG");
    }
}
