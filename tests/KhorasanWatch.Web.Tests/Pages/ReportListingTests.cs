using System.Net;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Web.Tests.Pages;

/// <summary>
/// A footnote of more events than it lists sends the reader to the rest: in the dashboard, a link
/// to the Events page that lists them; in the file a user keeps, the command (issue 17).
/// </summary>
public sealed class ReportListingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ALongFootnote_InTheDashboardsReport_LinksToTheEventsPageThatListsTheRest()
    {
        var db = _temp.File("many.db");
        var rows = Enumerable.Range(0, 620).Select(i => new AcledCsv.Row(
            $"AFG{70000 + i}", Date: new DateOnly(2022, 1, 1).AddDays(i).ToString("yyyy-MM-dd"), Notes: $"ISKP attacked a market in Kabul ({i})."));
        SampleSite.Load(db, _temp.Write("many.csv", AcledCsv.Text(rows)));
        var (app, url) = await SampleSite.StartAsync(db);
        await using var _ = app;
        using var http = new HttpClient();

        var viewed = await http.GetStringAsync(url + "/report/view");
        var kept = await http.GetStringAsync(url + "/report.html");

        Assert.Contains("are listed, among the actor's other events of those days, on <a href=\"/events?actor=iskp&amp;from=2022-01-01&amp;to=", viewed, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>kwatch events --actor", viewed, StringComparison.Ordinal);
        Assert.Contains("<code>kwatch events --actor iskp --from 2022-01-01 --to ", kept, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(viewed.Split("on <a href=\"")[1].Split('"')[0]);
        var page = await http.GetAsync(url + link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("acled:AFG70619", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal); // newest first: the last day's attack
    }
}
