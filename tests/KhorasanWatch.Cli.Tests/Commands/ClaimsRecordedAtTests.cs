using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>The register records when each version was saved from the CLI's clock, so a test (or a replay) can fix it.</summary>
public sealed class ClaimsRecordedAtTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void AnImportedClaim_IsRecordedAtTheClocksTime()
    {
        var db = _temp.File("k.db");
        var at = new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);
        var console = new CliConsole(new StringWriter(), new StringWriter(), ErrorIsTerminal: false, _ => null) { Clock = new FixedClock(at) };

        var code = Kwatch.Run(["claims", "import", Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv"), "--db", db], console);
        var show = CliRun.Of("claims", "show", "usip-2021-77-attacks-jan-apr", "--db", db, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(show.Out);
        var version = json.RootElement.GetProperty("versions")[0];
        Assert.Equal(at, DateTimeOffset.Parse(version.GetProperty("recorded_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("iskp-paper-claims.csv:10", version.GetProperty("origin").GetString(), StringComparison.Ordinal);
    }
}
