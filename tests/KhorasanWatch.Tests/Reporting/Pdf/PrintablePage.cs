using System.Text;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Tests.Reporting.Pdf;

/// <summary>
/// A small self-contained page shaped like the assessment report: a TLP banner fixed at the top
/// and bottom, the "Key points" heading, an inline SVG chart, and enough text for several A4 pages.
/// </summary>
internal static class PrintablePage
{
    public const string Heading = "Key points";

    public const string Banner = "TLP:AMBER";

    public const int Paragraphs = 60;

    public static string Write(TempFolder temp) => temp.Write("page.html", Html());

    private static string Html()
    {
        var html = new StringBuilder("""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Printable page</title>
            <style>
              @page { size: A4; margin: 18mm 15mm; }
              body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; margin: 0; }
              .tlp { position: fixed; left: 0; right: 0; text-align: center; font-weight: bold; color: #FFC000; background: #000000; }
              .tlp.top { top: 0; }
              .tlp.bottom { bottom: 0; }
              main { padding: 8mm 0; }
            </style>
            </head>
            <body>
            <div class="tlp top">TLP:AMBER</div>
            <div class="tlp bottom">TLP:AMBER</div>
            <main>
            <h1>Key points</h1>
            <svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120" role="img" aria-label="Events per month">
              <rect x="10" y="60" width="40" height="50" fill="#0072B2" />
              <rect x="70" y="30" width="40" height="80" fill="#0072B2" />
              <rect x="130" y="80" width="40" height="30" fill="#0072B2" />
              <text x="10" y="20" font-size="12">Events per month</text>
            </svg>

            """);
        for (var i = 1; i <= Paragraphs; i++)
        {
            html.Append("<p>Paragraph ").Append(i).Append(": attacks claimed in the province rose against the trailing year, ")
                .Append("and the rise is larger than the count's own noise would explain at the chosen false-alarm rate.</p>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }
}
