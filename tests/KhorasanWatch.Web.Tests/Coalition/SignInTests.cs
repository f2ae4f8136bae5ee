using System.Net;
using System.Text.RegularExpressions;
using KhorasanWatch.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KhorasanWatch.Web.Tests.Coalition;

/// <summary>
/// A store with users answers nobody it does not know: the API only to a user's token, the pages
/// only after a sign-in with the user's password; a store without users answers as before.
/// </summary>
public sealed partial class SignInTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private WebApplicationFactory<Program> _app = null!;
    private string _token = "";

    private string Db => _temp.File("k.db");

    public ValueTask InitializeAsync()
    {
        SampleSite.Kwatch(0, "org", "add", "fin-def", "--name", "FDF", "--country", "FIN", "--db", Db);
        SampleSite.Kwatch(0, "user", "add", "admin1", "--org", "fin-def", "--role", "admin", "--password-file", _temp.Write("pw.txt", "a passphrase of some length"), "--db", Db);
        SampleSite.Kwatch(0, "ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--as", "admin1", "--db", Db); // owned by fin-def, TLP:AMBER
        _token = SampleSite.Kwatch(0, "token", "create", "admin1", "--as", "admin1", "--db", Db).Trim();
        SampleSite.Kwatch(0, "user", "add", "ana", "--org", "fin-def", "--role", "analyst", "--password-file", _temp.Write("pw2.txt", "another passphrase, long"), "--as", "admin1", "--db", Db);
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(w => w.UseSetting("db", Db));
        return ValueTask.CompletedTask;
    }

    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task TheApi_AnswersAUsersToken_AndNothingElse()
    {
        var anonymous = await Client().GetAsync("/api/v1/sources");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("unauthenticated", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync("/events.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get("/api/v1/events", "kwt_" + new string('A', 43))).StatusCode);

        var allowed = await Get("/api/v1/sources", _token);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var sources = SampleSite.Kwatch(0, "sources", "--as", "admin1", "--db", Db, "--format", "json").TrimEnd();
        Assert.Contains("\"events\": ", sources, StringComparison.Ordinal);
        Assert.Equal(sources, (await allowed.Content.ReadAsStringAsync()).TrimEnd());

        SampleSite.Kwatch(0, "token", "revoke", "1", "--as", "admin1", "--db", Db);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get("/api/v1/sources", _token)).StatusCode);
    }

    [Fact]
    public async Task APage_SendsAStrangerToSignIn_AndTheRightPasswordOpensIt()
    {
        var client = Client();
        var page = await client.GetAsync("/events");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var wrong = await SignIn(client, "admin1", "not the passphrase at all");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("do not sign in", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(client, "nobody", "a passphrase of some length")).StatusCode);

        var right = await SignIn(client, "admin1", "a passphrase of some length");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("HttpOnly", string.Join(";", right.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        var events = await client.GetAsync("/events");
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Contains("admin1", await events.Content.ReadAsStringAsync(), StringComparison.Ordinal); // signed in as
    }

    [Fact]
    public async Task SignInAttempts_AreLimitedPerClient_TheRightPasswordToo()
    {
        var client = Client();
        for (var i = 0; i < SignInLimits.PerClient; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(client, "admin1", $"guess number {i} of many")).StatusCode);
        }

        var limited = await SignIn(client, "admin1", "a passphrase of some length");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many sign-in attempts", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Get("/api/v1/sources", _token)).StatusCode); // tokens are not limited
    }

    [Fact]
    public async Task EverySignIn_AndEveryRequest_IsInTheAuditLog_WhichOnlyAdminsRead()
    {
        var analyst = Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(analyst, "ana", "a wrong passphrase, long")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(analyst, "ana", "another passphrase, long")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/events?province=Kabul")).StatusCode);
        var refused = await analyst.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("tokens and audit log are its admins", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync("/api/v1/events")).StatusCode);

        var admin = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(admin, "admin1", "a passphrase of some length")).StatusCode);
        var page = await admin.GetStringAsync("/audit?user=ana");
        Assert.Contains("/events?province=Kabul", page, StringComparison.Ordinal);
        Assert.Contains(">Audit</a>", await admin.GetStringAsync("/"), StringComparison.Ordinal); // the admin's menu has it
        Assert.DoesNotContain(">Audit</a>", await analyst.GetStringAsync("/"), StringComparison.Ordinal);

        // The origin's first word: "http", then the client's address (none under the test server).
        var log = System.Text.Json.JsonDocument.Parse(SampleSite.Kwatch(0, "audit", "--as", "admin1", "--format", "json", "--limit", "1000", "--db", Db)).RootElement.GetProperty("entries")
            .EnumerateArray().Select(e => $"{e.GetProperty("user").GetString()}|{e.GetProperty("organisation").GetString()}|{e.GetProperty("action").GetString()}|{e.GetProperty("detail").GetString()}|{e.GetProperty("outcome").GetString()}|{e.GetProperty("origin").GetString()!.Split(' ')[0]}")
            .ToList();
        Assert.Contains("ana|fin-def|sign-in|password|refused|http", log);
        Assert.Contains("ana|fin-def|sign-in|password|ok|http", log);
        Assert.Contains("ana|fin-def|GET|/events?province=Kabul|ok|http", log);
        Assert.Contains("ana|fin-def|GET|/audit|refused|http", log);
        Assert.Contains("||GET|/api/v1/events|refused|http", log);
        Assert.Contains("admin1|fin-def|GET|/audit?user=ana|ok|http", log);
        Assert.DoesNotContain(log, l => l.Contains("passphrase", StringComparison.Ordinal));
        var gets = System.Text.Json.JsonDocument.Parse(SampleSite.Kwatch(0, "audit", "--as", "admin1", "--format", "json", "--action", "get", "--db", Db)).RootElement.GetProperty("entries");
        Assert.True(gets.GetArrayLength() >= 4);
        Assert.All(gets.EnumerateArray(), e => Assert.Equal("GET", e.GetProperty("action").GetString())); // a method matches whatever its case
    }

    private async Task<HttpResponseMessage> Get(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await Client().SendAsync(request);
    }

    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string password)
    {
        var form = await client.GetStringAsync("/signin");
        var antiforgery = Antiforgery().Match(form).Groups[1].Value;
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["__RequestVerificationToken"] = antiforgery,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _temp.Dispose();
    }
}
