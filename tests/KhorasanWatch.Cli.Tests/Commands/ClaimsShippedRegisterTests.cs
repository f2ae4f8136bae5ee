using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// <c>kwatch claims series|list</c> on the shipped register: no relay set aside goes missing, combined
/// figures carry no false precision, open ranges are written in words, and the data show the
/// disagreements their sources support — and no other.
/// </summary>
public sealed class ClaimsShippedRegisterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ClaimsShippedRegisterTests() =>
        Assert.Equal(0, Run("claims", "import", Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv")).ExitCode);

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    private JsonElement Json(params string[] args)
    {
        var run = Run([.. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.Clone();
    }

    [Theory]
    [InlineData("manpower", "year", "seed-2021-iskp-manpower-2000-plus", "reuters-2021-09-21-iskp-about-2000-fighters", false)]
    [InlineData("attacks", "quarter", "seed-2021-77-attacks-q1", "usip-2021-77-attacks-jan-apr", true)] // the relay's quarter lies inside its original's span, January-April 2021
    public void Series_ListsARelaySetAside_WhoseOwnPeriodHasNoIndependentClaim(string subject, string by, string relay, string original, bool insideAPoint)
    {
        var json = Json("claims", "series", subject, "--by", by);
        var text = Run("claims", "series", subject, "--by", by).Out;

        Assert.Equal(insideAPoint, json.GetProperty("points").EnumerateArray().Any(p => p.GetProperty("relays_set_aside").GetArrayLength() > 0));
        var setAside = Assert.Single(json.GetProperty("relays_set_aside").EnumerateArray());
        Assert.Equal((relay, original), (setAside.GetProperty("id").GetString(), setAside.GetProperty("relays").GetString()));
        Assert.Contains($"Relays set aside, not second sources: {relay}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_ShowsTheCombinedFigureToTwoSignificantFigures_AndKeepsItExactInJson()
    {
        var text = Run("claims", "series", "taliban_manpower").Out;
        var point = Json("claims", "series", "taliban_manpower").GetProperty("points")[0];

        Assert.Contains("81,000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("80,534", text, StringComparison.Ordinal);
        Assert.Equal(80534.48, point.GetProperty("combined").GetDouble(), 2);
        Assert.Equal(81000, point.GetProperty("combined_rounded").GetDouble());
    }

    [Fact]
    public void Series_WritesAnOpenSpreadInWords()
    {
        var text = Run("claims", "series", "prisoners_released").Out;

        Assert.Contains("2,000 or more", text, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRegister_ShowsThePapersSofteningOfThousands_AndNoDisagreementResting_OnAnAssumedRelay()
    {
        var disagreements = Json("claims", "list").GetProperty("disagreements").EnumerateArray()
            .Select(d => (First: d.GetProperty("first").GetString(), Second: d.GetProperty("second").GetString(), Statement: d.GetProperty("statement").GetString()!))
            .ToList();

        var softened = Assert.Single(disagreements, d => d.First == "seed-2021-prisoners-released-1000-plus");
        Assert.Equal("dod-2021-08-27-kirby-prisoners-thousands", softened.Second);
        Assert.Contains("figure more than 1,000 people against the original's more than 2,000 people", softened.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain(disagreements, d => d.First == "reuters-2021-09-23-funding-dried-up" || d.Second == "un-s-2021-655-iskp-financial-losses");
    }
}
