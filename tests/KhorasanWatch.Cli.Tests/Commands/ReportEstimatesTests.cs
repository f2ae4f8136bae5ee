using System.Text.RegularExpressions;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// The report's Estimates section, key point and monitor table on the shipped sample and register:
/// relays are named and set aside for every subject, a subject without figures speaks through its
/// latest independent claim, and combined figures carry no false precision.
/// </summary>
public sealed class ReportEstimatesTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _html;

    public ReportEstimatesTests()
    {
        var db = _temp.File("k.db");
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", db).ExitCode);
        Assert.Equal(0, CliRun.Of("claims", "import", Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv"), "--db", db).ExitCode);
        var path = _temp.File("report.html");
        var run = CliRun.Of("report", "--db", db, "--out", path, "--as-of", "2025-02-11");
        Assert.True(run.ExitCode == 0, run.Error);
        _html = File.ReadAllText(path);
    }

    public void Dispose() => _temp.Dispose();

    private string Section(string id) => Regex.Match(_html, $"<h2 id=\"{id}\">.*?(?=<h2 |$)", RegexOptions.Singleline).Value;

    private string Row(string section, string first) => Regex.Match(Section(section), $"<tr><td>{Regex.Escape(first)}</td>.*?</tr>", RegexOptions.Singleline).Value;

    [Fact]
    public void TheEstimatesSection_NamesEveryRelaySetAside_ByItsSubject()
    {
        var estimates = Section("estimates");

        Assert.Contains("<li>Manpower: “ISKP Re-Emergence and New Threat?” (C3), for 2021, relays “Taliban say no al Qaeda or ISIS in Afghanistan” (B3).</li>", estimates, StringComparison.Ordinal);
        Assert.Contains("<li>Attacks: “ISKP Re-Emergence and New Threat?” (C4), for January 2021 to March 2021, relays “What Does IS-K&#39;s Resurgence Mean for Afghanistan and Beyond?” (B2).</li>", estimates, StringComparison.Ordinal);
        Assert.Contains("<li>Funding: “ISKP Re-Emergence and New Threat?” (C2), for 2021, relays “Operation Inherent Resolve - Summary of Work Performed by the Department of the Treasury Related to Terrorist Financing, ISIS, and Anti-Money Laundering for First Quarter Fiscal Year 2021 (OIG-CA-21-012)” (B2).</li>", estimates, StringComparison.Ordinal);
        Assert.Contains("1 (B3); 1 relay set aside", Row("estimates", "Manpower"), StringComparison.Ordinal);
    }

    [Fact]
    public void ASubjectWithoutFigures_IsQuotedFromItsLatestIndependentClaim_WithRelaysCountedApart()
    {
        var funding = Row("estimates", "Funding");

        Assert.Contains("ISKP has used cryptocurrency", funding, StringComparison.Ordinal);
        Assert.DoesNotContain("Their means for funding include", funding, StringComparison.Ordinal);
        Assert.Contains("<td>4 (C3, B3, B2, B3); 2 relays set aside</td>", funding, StringComparison.Ordinal);
        Assert.Contains("Reuters (21 Sep 2021), as republished", Row("monitor", "ISKP manpower"), StringComparison.Ordinal);
        Assert.Contains("2 relays", Row("monitor", "ISKP funding (donations, taxation, extortion, transfers)"), StringComparison.Ordinal);
    }

    [Fact]
    public void CombinedFigures_AreToTwoSignificantFigures_AndOpenRangesInWords()
    {
        var estimates = Section("estimates");

        Assert.Contains("81,000 fighters (2021; stale)", Row("estimates", "Taliban manpower"), StringComparison.Ordinal); // 2021, seen from February 2025
        Assert.DoesNotContain("80,534", _html, StringComparison.Ordinal);
        Assert.Contains("2,000 or more", Row("estimates", "Prisoners released"), StringComparison.Ordinal);
        Assert.DoesNotContain("∞", estimates, StringComparison.Ordinal);
        // Filed under the span it describes ("a few years ago", 2017-2020), not its last day, and stale by 2025.
        Assert.Contains("manpower is 2,000 fighters (2017 to 2020; 1 independent claim graded B3; 1 relayed figure set aside as not independent). It is stale: the span it describes ended 4.1 years before 11 February 2025.", _html.Replace("&#39;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
