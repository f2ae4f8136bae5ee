using System.Diagnostics;
using KhorasanWatch.Reporting.Pdf;
using KhorasanWatch.TestSupport;
using UglyToad.PdfPig;

namespace KhorasanWatch.Tests.Reporting.Pdf;

public sealed class ChromiumPdfPrinterTests
{
    [Fact]
    public void APrintedPage_HasItsHeadingAndTheFixedTlpBannerOnEveryPage()
    {
        var chromium = Chromium.RequirePath();
        using var temp = new TempFolder();
        var pdf = temp.File("page.pdf");

        ChromiumPdfPrinter.Print(PrintablePage.Write(temp), pdf, chromium);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.Text).ToList();
        Assert.True(pages.Count >= 2, $"the page printed on {pages.Count} page(s); it must run over to show the banner repeats");
        Assert.Contains(PrintablePage.Heading, pages[0], StringComparison.Ordinal);
        Assert.All(pages, text => Assert.Equal(2, Occurrences(text, PrintablePage.Banner)));
        Assert.Equal(["page.html", "page.pdf"], FilesIn(temp));
    }

    [Fact]
    public void AMissingChromium_SaysHowToInstallIt()
    {
        using var temp = new TempFolder();
        var missing = temp.File("no-such-chromium");

        var error = Assert.Throws<PdfPrintException>(() => ChromiumPdfPrinter.Print(PrintablePage.Write(temp), temp.File("page.pdf"), missing));

        Assert.Equal($"Chromium was not found at {missing}; install Debian's chromium package (apt-get install chromium) or set KWATCH_CHROMIUM", error.Message);
        Assert.False(File.Exists(temp.File("page.pdf")));
    }

    [Fact]
    public void AFailedPrint_LeavesNoFileAndNamesTheErrorNotTheDbusNoise()
    {
        using var temp = new TempFolder();
        var chromium = FakeChromium.Write(temp, $"""
            printf '%%PDF-1.4 half a file' > "$out"
            echo '{FakeChromium.DbusNoise}' >&2
            echo 'ERROR: the renderer crashed' >&2
            echo '{FakeChromium.DbusNoise}' >&2
            exit 3
            """);

        var error = Assert.Throws<PdfPrintException>(() => ChromiumPdfPrinter.Print(PrintablePage.Write(temp), temp.File("page.pdf"), chromium));

        Assert.Equal("Chromium exited with code 3: ERROR: the renderer crashed", error.Message);
        Assert.Equal(["fake-chromium", "page.html"], FilesIn(temp));
    }

    [Fact]
    public void AFailedPrint_KeepsTheOlderPdf()
    {
        using var temp = new TempFolder();
        var older = temp.Write("page.pdf", "the older report");
        var chromium = FakeChromium.Write(temp, """printf 'half' > "$out"; exit 1""");

        Assert.Throws<PdfPrintException>(() => ChromiumPdfPrinter.Print(PrintablePage.Write(temp), older, chromium));

        Assert.Equal("the older report", File.ReadAllText(older));
    }

    [Fact]
    public void AChromiumThatWritesNothing_IsAnErrorNotAnEmptyPdf()
    {
        using var temp = new TempFolder();
        var chromium = FakeChromium.Write(temp, "exit 0");

        var error = Assert.Throws<PdfPrintException>(() => ChromiumPdfPrinter.Print(PrintablePage.Write(temp), temp.File("page.pdf"), chromium));

        Assert.Equal($"Chromium did not write {temp.File("page.pdf")}", error.Message);
        Assert.False(File.Exists(temp.File("page.pdf")));
    }

    [Fact]
    public void AChromiumThatHangs_IsStoppedAtTheTimeout()
    {
        using var temp = new TempFolder();
        var chromium = FakeChromium.Write(temp, """printf 'half' > "$out"; sleep 60""");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<PdfPrintException>(() =>
            ChromiumPdfPrinter.Print(PrintablePage.Write(temp), temp.File("page.pdf"), chromium, TimeSpan.FromSeconds(1)));

        Assert.Equal("Chromium did not finish printing within 1 s and was stopped", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the print took {clock.Elapsed}");
        Assert.Equal(["fake-chromium", "page.html"], FilesIn(temp));
    }

    [Fact]
    public void AMissingHtmlFile_IsAnErrorBeforeChromiumRuns()
    {
        using var temp = new TempFolder();
        var chromium = FakeChromium.Write(temp, "exit 7");

        var error = Assert.Throws<PdfPrintException>(() => ChromiumPdfPrinter.Print(temp.File("none.html"), temp.File("page.pdf"), chromium));

        Assert.Equal($"{temp.File("none.html")} does not exist; there is no report to print", error.Message);
    }

    /// <summary>The names in the folder, so a test can see that no partial PDF or profile was left behind.</summary>
    private static IEnumerable<string?> FilesIn(TempFolder temp) =>
        Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal);

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
