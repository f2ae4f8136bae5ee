using System.Buffers.Binary;
using System.Text.RegularExpressions;
using KhorasanWatch.Reporting.Pdf;
using KhorasanWatch.TestSupport;
using KhorasanWatch.TestSupport.Browser;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace KhorasanWatch.Tests.Reporting;

/// <summary>
/// The report of the shipped sample as a reader meets it: opened in Debian's Chromium, printed to
/// PDF and read back, and its first page photographed for the README. Each test skips when
/// Chromium or the real province boundaries in <c>../shared/data</c> are absent.
/// </summary>
public sealed class ReportInBrowserTests
{
    /// <summary>Set to 1 to rewrite the README's screenshot of the first page.</summary>
    public const string UpdateScreenshotVariable = "KWATCH_UPDATE_SCREENSHOT";

    // A4 at the CSS 96 dpi, photographed at 1.5 device pixels per CSS pixel.
    private const int A4Width = 794;
    private const int A4Height = 1123;
    private const float Scale = 1.5f;

    private static readonly (string Glyph, string Letters)[] Ligatures =
        [("\uFB00", "ff"), ("\uFB01", "fi"), ("\uFB02", "fl"), ("\uFB03", "ffi"), ("\uFB04", "ffl")];

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task TheSampleReport_DrawsItsTempoAndTargetChartsItsProvinceMapAndItsTlpBanners()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        using var temp = new TempFolder();
        var report = SampleReport.Write(temp);

        var page = await chromium.OpenAsync(report.HtmlPath);
        var tempo = page.Locator("h2#tempo ~ figure").First.Locator("svg");
        var targets = page.Locator("h2#targets ~ figure").First.Locator("svg");
        var map = page.Locator("h2#geography ~ figure").First.Locator("svg");
        var provinces = await map.Locator("g.areas > path > title").AllTextContentsAsync();

        await AssertDrawnAsync(tempo, "the tempo chart");
        Assert.Equal(report.Content.Months.Count(m => m.Attacks.Count > 0), await tempo.Locator("g.columns > rect").CountAsync());
        await AssertDrawnAsync(targets, "the targets chart");
        Assert.True(await targets.Locator("g.bars > rect").CountAsync() > 0, "the targets chart has no bars");
        await AssertDrawnAsync(map, "the map");
        Assert.Equal(34, provinces.Count);
        Assert.Equal(report.Content.Boundaries.Select(b => b.Admin1), provinces.Select(t => t[..t.IndexOf(':', StringComparison.Ordinal)]));
        foreach (var banner in new[] { page.Locator(".tlp-top"), page.Locator(".tlp-bottom") })
        {
            Assert.True(await banner.IsVisibleAsync(), "a TLP banner is hidden");
            Assert.Equal(SampleReport.Banner, (await banner.InnerTextAsync()).Trim());
        }
    }

    [Fact]
    public void TheSampleReport_PrintsToAPdfWithEveryKeyPointAndTheTlpBannerAtTheTopAndBottomOfEveryPage()
    {
        var chromium = Chromium.RequirePath();
        using var temp = new TempFolder();
        var report = SampleReport.Write(temp);
        var pdf = temp.File("report.pdf");

        ChromiumPdfPrinter.Print(report.HtmlPath, pdf, chromium);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
        var text = Comparable(string.Join(' ', pages));
        Assert.NotEmpty(report.Content.Judgments);
        Assert.All(report.Content.Judgments, j => Assert.Contains(Comparable(OpeningWords(j.Text, 6)), text, StringComparison.Ordinal));
        Assert.All(pages, (page, i) =>
            Assert.True(Regex.Count(page, Regex.Escape(SampleReport.Banner)) >= 2, $"page {i + 1} of {pages.Count} has the banner fewer than twice"));
    }

    [Fact]
    public async Task TheSampleReportsFirstPage_PhotographsAsAnA4Png()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        using var temp = new TempFolder();
        var report = SampleReport.Write(temp);
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = A4Width, Height = A4Height }, DeviceScaleFactor = Scale });

        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(report.HtmlPath).AbsoluteUri);
        var png = await page.ScreenshotAsync();

        Assert.True(png.AsSpan().StartsWith(PngSignature), "the screenshot is not a PNG");
        Assert.Equal(((int)Math.Ceiling(A4Width * Scale), (int)Math.Ceiling(A4Height * Scale)), PngSize(png)); // Chromium rounds 1684.5 up
        await File.WriteAllBytesAsync(temp.File("report-first-page.png"), png);
        if (Environment.GetEnvironmentVariable(UpdateScreenshotVariable) == "1")
        {
            var readme = Path.Combine(RepoPaths.Root, "docs", "images", "report-first-page.png");
            Directory.CreateDirectory(Path.GetDirectoryName(readme)!); // A path in the repository always has a folder.
            await File.WriteAllBytesAsync(readme, png);
        }
    }

    private static async Task AssertDrawnAsync(ILocator svg, string what)
    {
        var box = await svg.BoundingBoxAsync();
        Assert.True(box is { Width: > 0, Height: > 0 }, $"{what} is not drawn: its box is {(box is null ? "absent" : $"{box.Width} x {box.Height}")}");
    }

    private static string OpeningWords(string text, int count) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(count));

    /// <summary>
    /// PDF text breaks lines where the page did, so text is compared with no whitespace at all; and
    /// Chromium sets DejaVu's ligatures, which PdfPig reads as one character ("\uFB01" for "fi"), so
    /// they are spelt out. (Normalize cannot: the build runs with invariant globalization.)
    /// </summary>
    private static string Comparable(string text) =>
        Ligatures.Aggregate(Regex.Replace(text, @"\s+", ""), (t, l) => t.Replace(l.Glyph, l.Letters, StringComparison.Ordinal));

    /// <summary>Width and height from the PNG's IHDR chunk, which follows the signature and the chunk's length and type.</summary>
    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
