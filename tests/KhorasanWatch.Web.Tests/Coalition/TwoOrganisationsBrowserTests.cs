using KhorasanWatch.TestSupport;
using KhorasanWatch.Web.Tests.Pages;
using Microsoft.AspNetCore.Builder;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Web.Tests.Coalition;

/// <summary>
/// The dashboard for two organisations, in Debian's Chromium against the real server on loopback:
/// each signs in with its password and reads, on every page, what its markings and the sources'
/// licences allow. fin's ACLED file and a UCDP file are TLP:GREEN, est's UCDP file TLP:AMBER: fin
/// never sees est's file on any page; est sees fin's ACLED attacks counted, never as rows (ACLED's
/// terms forbid redistribution), and the UCDP rows of both. Run on each backend: a SQLite file, and
/// the coalition server's PostgreSQL store (<c>kwatch serve --db "Host=…"</c>).
/// </summary>
public abstract class TwoOrganisationsBrowserTests : IAsyncLifetime
{
    private const string UcdpHeader = "id,year,type_of_violence,side_a,side_b,country,adm_1,adm_2,latitude,longitude,date_start,date_end,best,low,high\n";

    private readonly TempFolder _temp = new();
    private WebApplication? _app;
    private string _url = "";

    private protected TempFolder Temp => _temp;

    /// <summary>The store the test's server serves: a file's path or a connection string.</summary>
    protected abstract string Db { get; }

    public async ValueTask InitializeAsync()
    {
        SampleSite.Kwatch(0, "org", "add", "fin", "--name", "FIN", "--country", "FIN", "--db", Db);
        SampleSite.Kwatch(0, "org", "add", "est", "--name", "EST", "--country", "EST", "--db", Db);
        SampleSite.Kwatch(0, "user", "add", "admin1", "--org", "fin", "--role", "admin", "--db", Db);
        foreach (var (user, org) in new[] { ("ana", "fin"), ("eve", "est") })
        {
            SampleSite.Kwatch(0, "user", "add", user, "--org", org, "--role", "analyst", "--password-file", _temp.Write($"{user}.txt", $"the passphrase of {user}"), "--as", "admin1", "--db", Db);
        }

        SampleSite.Kwatch(0, "ingest", _temp.Write("fin-acled.csv", Text(new Row("AFG1", Date: "2021-03-02"), new Row("AFG2", Date: "2021-05-10"))), "--tlp", "green", "--as", "ana", "--db", Db);
        SampleSite.Kwatch(0, "ingest", _temp.Write("shared-ged.csv", UcdpHeader + "9001,2021,3,IS,Civilians,Afghanistan,Nangarhar province,Jalalabad district,34.4300,70.4500,2021-06-20,2021-06-20,4,4,6\n"), "--tlp", "green", "--as", "ana", "--db", Db);
        SampleSite.Kwatch(0, "ingest", _temp.Write("est-ged.csv", UcdpHeader + "9002,2021,3,IS,Civilians,Afghanistan,Kunar province,Asadabad district,34.8700,71.1500,2021-07-04,2021-07-04,2,2,3\n"), "--as", "eve", "--db", Db);
        (_app, _url) = await SampleSite.StartAsync(Db);
    }

    [Theory]
    [InlineData("ana", "acled:AFG1,ucdp:9001", "ucdp:9002", "/,/events,/indicators,/warnings,/data,/report")]
    [InlineData("eve", "ucdp:9001,ucdp:9002", "acled:AFG1", "/,/events")]
    public async Task EachOrganisation_SignsIn_AndReadsWhatItsMarkingsAndLicencesAllow(string user, string rows, string never, string pages)
    {
        await using var browser = await Browser.OpenAsync(_url);
        await browser.Page.GotoAsync(_url + "/events");
        Assert.EndsWith("/signin", new Uri(browser.Page.Url).AbsolutePath, StringComparison.Ordinal); // a stranger is sent to sign in
        await browser.Page.Locator("input[name=name]").FillAsync(user);
        await browser.Page.Locator("input[name=password]").FillAsync($"the passphrase of {user}");
        await browser.Page.Locator("button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync(_url + "/events");

        var listed = await browser.Page.ContentAsync();
        foreach (var id in rows.Split(','))
        {
            Assert.Contains(id, listed, StringComparison.Ordinal);
            await browser.GoAsync("/events/" + id);
        }

        // Pages where the withheld events may not appear at all (for ana: est's file anywhere; for
        // eve: fin's ACLED rows, whose attacks the figures still count and may cite by id).
        foreach (var path in pages.Split(','))
        {
            await browser.GoAsync(path);
            var page = await browser.Page.ContentAsync();
            Assert.DoesNotContain(never, page, StringComparison.Ordinal);
            Assert.Contains(user, page, StringComparison.Ordinal); // signed in as
        }

        await browser.GoAsync("/data");
        if (user == "ana")
        {
            Assert.DoesNotContain("est-ged.csv", await browser.Page.ContentAsync(), StringComparison.Ordinal);
        }

        var refused = await browser.Page.GotoAsync(_url + "/events/" + never);
        Assert.Equal(404, refused?.Status);
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("404", StringComparison.Ordinal)); // the refused page logs its 404 only
        Assert.Empty(browser.Dialogs);
        await browser.ScreenshotAsync($"coalition-{user}-events");
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The two organisations' dashboard on a SQLite store.</summary>
public sealed class TwoOrganisationsOnSqliteBrowserTests : TwoOrganisationsBrowserTests
{
    protected override string Db => Temp.File("k.db");
}

/// <summary>The two organisations' dashboard on the PostgreSQL store, in a database of the test's own (skipped without <c>KWATCH_TEST_PG</c>).</summary>
public sealed class TwoOrganisationsOnPostgresBrowserTests : TwoOrganisationsBrowserTests
{
    private PostgresDatabase? _database;

    protected override string Db => (_database ??= new PostgresDatabase()).ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database?.Dispose();
    }
}
