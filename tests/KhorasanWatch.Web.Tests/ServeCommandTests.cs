using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KhorasanWatch.Web.Tests;

/// <summary><c>kwatch serve</c>: loopback unless asked, a missing store refused up front, and the real process serving pages.</summary>
public sealed partial class ServeCommandTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://10.0.0.5:5080")]
    public void AnAddressBeyondThisMachine_IsRefused_WithoutAllowRemote(string urls)
    {
        var error = SampleSite.KwatchError("serve", "--db", site.Db, "--urls", urls);

        Assert.StartsWith("kwatch: --urls http://", error, StringComparison.Ordinal);
        Assert.Contains("which a coalition server does only when asked (a store without users has no sign-in)", error, StringComparison.Ordinal);
        Assert.Contains("--allow-remote", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080", "http://0.0.0.0:5080")]
    [InlineData("https://0.0.0.0:5443;http://10.0.0.5:5080", "http://10.0.0.5:5080")]
    public void PlainHttpBeyondThisMachine_IsRefused_EvenWithAllowRemote(string urls, string named)
    {
        var error = SampleSite.KwatchError("serve", "--db", site.Db, "--urls", urls, "--allow-remote");

        Assert.StartsWith($"kwatch: --urls {named} listens beyond this machine in plain HTTP", error, StringComparison.Ordinal);
        Assert.Contains("give an https:// address", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://0.0.0.0:5443", true, false)]
    [InlineData("http://127.0.0.1:5080;https://[::]:5443", true, false)]
    [InlineData("https://0.0.0.0:5443", false, true)]
    [InlineData("http://0.0.0.0:5080", true, true)]
    [InlineData("http://localhost:5080", false, false)]
    public void TheListeningRule(string urls, bool allowRemote, bool refused) =>
        Assert.Equal(refused, Dashboard.RefusedListening(urls, allowRemote) is not null);

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void ALoopbackAddress_IsThisMachine(string urls) => Assert.Empty(Dashboard.RemoteAddresses(urls));

    [Fact]
    public void AMissingStore_IsOneLine_BeforeListening()
    {
        using var temp = new TestSupport.TempFolder();

        var error = SampleSite.KwatchError("serve", "--db", temp.File("none.db"));

        Assert.Contains("no such store", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("none.db")));
    }

    [Fact]
    public async Task TheKwatchProcess_ServesTheOverview_OnTheAddressItPrints()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kwatch.dll"), "serve", "--db", site.Db, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var url = Address().Match(line ?? "");
            Assert.True(url.Success, $"kwatch serve printed: {line}");

            using var http = new HttpClient();
            var page = await http.GetStringAsync(url.Value + "/");
            Assert.Contains("<h1>Overview</h1>", page, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
