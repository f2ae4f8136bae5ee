using KhorasanWatch.Reporting.Pdf;

namespace KhorasanWatch.TestSupport;

/// <summary>The Chromium that report tests print and browse with, or a skip that says how to get it.</summary>
internal static class Chromium
{
    /// <summary>The executable the product would use (see <see cref="ChromiumPdfPrinter.Find"/>), or a skip.</summary>
    public static string RequirePath()
    {
        var path = ChromiumPdfPrinter.Find();
        Assert.SkipWhen(path is null, "Chromium is not installed: apt-get install chromium (bash .ci/run does)");
        return path!; // SkipWhen returned, so path is set
    }
}
