using System.Globalization;
using KhorasanWatch.TestSupport;
using Microsoft.AspNetCore.Builder;

namespace KhorasanWatch.Web.Tests.Pages;

/// <summary>
/// Text from a source is data, never markup: events whose notes, places and actors, and claims
/// whose every free-text field, hold script, event-handler and <c>javascript:</c> payloads are
/// loaded through the real CLI, and every
/// page that shows them is opened in Chromium. Nothing may run (no dialog, no console error, no
/// request off the site), and the payload must read on the page as the source wrote it.
/// </summary>
public sealed class HostileTextTests : IAsyncLifetime
{
    private static readonly string[] Payloads =
    [
        "<script>alert('script')</script>",
        "<img src=x onerror=alert('onerror')>",
        "\"><svg onload=alert('svg')>",
        "javascript:alert('href')",
        "</pre><iframe src=javascript:alert('frame')></iframe>",
        "' onmouseover='alert(1)",
    ];

    private readonly TempFolder _temp = new();
    private WebApplication? _app;
    private string _url = "";

    public async ValueTask InitializeAsync()
    {
        var rows = Payloads.Select((p, i) => new AcledCsv.Row(
            $"AFG{90001 + i}",
            Date: $"2024-0{1 + i}-15",
            Notes: $"On 15 2024, ISKP attacked a market. {p}",
            Admin2: "Kabul" + (i % 2 == 0 ? "" : p),
            AssocActor2: p));
        var csv = _temp.Write("hostile.csv", AcledCsv.Text(rows));
        var db = _temp.File("k.db");
        SampleSite.Load(db, csv);
        // Claims whose every free-text field holds a payload: the register's pages and the report show them.
        var claims = new System.Text.StringBuilder("key,subject,statement,value,low,high,unit,refers_to,reported,source_title,source_publisher,source_reference,accessed,reliability,credibility,owner,tlp,relays,notes\n");
        for (var i = 0; i < Payloads.Length; i++)
        {
            var p = Quote(Payloads[i]);
            claims.Append(CultureInfo.InvariantCulture, $"hostile-{i},manpower,{p},{1000 + i},,,fighters,2024,2024-06,{p},{p},{p},2024-06-01,B,2,{p},clear,,{p}\n");
        }

        SampleSite.Kwatch(0, "claims", "import", _temp.Write("claims.csv", claims.ToString()), "--db", db);
        (_app, _url) = await SampleSite.StartAsync(db);
    }

    [Fact]
    public async Task NoPayload_Runs_OnAnyPage_AndEachReadsAsWritten()
    {
        await using var browser = await Browser.OpenAsync(_url);
        var pages = new List<string>
        {
            "/", "/events", "/events?text=" + Uri.EscapeDataString("<script>"), "/warnings", "/indicators", "/data",
            "/claims", "/claims/series/manpower", "/hypotheses", "/report?write=1&tlp=clear", "/report/view?tlp=clear",
        };
        pages.AddRange(Payloads.Select((_, i) => $"/claims/hostile-{i}"));
        pages.AddRange(Payloads.Select((_, i) => $"/events/acled:AFG{90001 + i}"));
        pages.Add("/events/" + Uri.EscapeDataString(Payloads[0]));
        pages.Add("/events?country=" + Uri.EscapeDataString(Payloads[1]));

        foreach (var path in pages)
        {
            var response = await browser.Page.GotoAsync(_url + path);
            Assert.NotNull(response);
            // An injected handler or javascript: link would be in the DOM as an element of its own.
            foreach (var link in await browser.Page.Locator("main a[href^='javascript'], main [onmouseover], main [onerror], main [onload]").AllAsync())
            {
                Assert.Fail($"{path} holds an active element: {await link.EvaluateAsync<string>("e => e.outerHTML")}");
            }
        }

        var detail = await browser.Page.GotoAsync(_url + "/events/acled:AFG90001");
        Assert.Contains(Payloads[0], await browser.Page.Locator("dd.notes").TextContentAsync() ?? "", StringComparison.Ordinal);
        await browser.Page.GotoAsync(_url + "/claims/hostile-1");
        Assert.Contains(Payloads[1], await browser.Page.Locator("dd.notes").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Empty(browser.Dialogs);
        Assert.Empty(browser.Unexpected);
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("404", StringComparison.Ordinal) && !e.Contains("400", StringComparison.Ordinal));
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _temp.Dispose();
    }
}
