using KhorasanWatch.Cli;
using KhorasanWatch.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KhorasanWatch.Web.Tests;

/// <summary>
/// The shipped sample as a new user loads it — <c>kwatch ingest</c> and <c>kwatch claims import</c>
/// through the real CLI — and the dashboard serving it on a loopback port, as <c>kwatch serve</c>
/// does. One per test class (<see cref="IClassFixture{TFixture}"/>): the tests only read.
/// </summary>
public sealed class SampleSite : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private WebApplication? _app;

    public string Db => _temp.File("sample.db");

    /// <summary>The address the dashboard listens on, ending without a slash.</summary>
    public string Url { get; private set; } = "";

    public HttpClient Http { get; } = new();

    /// <summary>The same app in process through <see cref="WebApplicationFactory{TEntryPoint}"/>, for the endpoint tests.</summary>
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Load(Db, Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"));
        Kwatch(0, "claims", "import", Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv"), "--db", Db);
        (_app, Url) = await StartAsync(Db);
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("db", Db));
    }

    /// <summary><c>kwatch ingest <paramref name="file"/></c> into <paramref name="db"/>, which must succeed.</summary>
    public static void Load(string db, string file) => Kwatch(0, "ingest", file, "--db", db);

    /// <summary>Runs <c>kwatch</c> in process and returns its standard output, failing unless it exits with <paramref name="exit"/>.</summary>
    public static string Kwatch(int exit, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Kwatch.Run(args, new CliConsole(output, error, ErrorIsTerminal: false, _ => null));
        Assert.True(code == exit, $"kwatch {string.Join(' ', args)} exited {code}: {error}");
        return output.ToString();
    }

    /// <summary>The error line of a <c>kwatch</c> call that must exit with 2.</summary>
    public static string KwatchError(params string[] args)
    {
        var error = new StringWriter();
        var code = Cli.Kwatch.Run(args, new CliConsole(new StringWriter(), error, ErrorIsTerminal: false, _ => null));
        Assert.Equal(2, code);
        return error.ToString().Trim();
    }

    /// <summary>The dashboard over <paramref name="db"/> on a free loopback port, started; dispose the app to stop it.</summary>
    public static async Task<(WebApplication App, string Url)> StartAsync(string db)
    {
        var app = Dashboard.Create(["--db", db, "--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        return (app, app.Urls.Single().TrimEnd('/'));
    }

    public Task<string> GetAsync(string pathAndQuery) => Http.GetStringAsync(Url + pathAndQuery);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _temp.Dispose();
    }
}
