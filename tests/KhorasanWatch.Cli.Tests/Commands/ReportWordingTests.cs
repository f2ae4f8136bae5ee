using System.Text.RegularExpressions;
using static KhorasanWatch.Cli.Tests.Commands.SampleStore;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// The report's words: no "∞" or "NaN", counts that agree with their nouns, things named as a reader
/// knows them rather than by their ids, one date format, and no pace invented from a quiet quarter.
/// </summary>
public sealed partial class ReportWordingTests : IDisposable
{
    /// <summary>The sections whose every word the report writes itself (the others quote the register and the matrix).</summary>
    private static readonly string[] OwnSections = ["key-points", "tempo", "targets", "geography", "fight", "scale", "strikes", "monitor"];

    private readonly SampleStore _store = new();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("--to", "2022-03-31")] // 2022-Q1 has an attack and 2021-Q1 none: the tempo table and the monitor compare against none
    [InlineData("--from", "2015-07-01", "--to", "2015-12-31")] // no attacks at all
    [InlineData()]
    public void NoInfinityOrNaN_ReachesTheText(params string[] args)
    {
        var html = _store.Report(args);

        // The estimates section writes a one-sided claim's range itself; it is checked by its own tests.
        var text = Text(html.Replace(Section(html, "estimates"), "", StringComparison.Ordinal));

        foreach (var bad in new[] { "∞", "NaN", "Infinity" })
        {
            Assert.DoesNotContain(bad, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AComparisonAgainstNone_IsWrittenAsACountAgainstNoneWithAnOpenInterval()
    {
        var html = _store.Report("--to", "2022-03-31");

        Assert.Contains("1 against none (95 % CI 0.0 or more), p = 1.00", Text(Section(html, "tempo")), StringComparison.Ordinal);
        Assert.Matches("ISKP activity and attacks.*→ 1 against none, p = 1\\.00", Text(Section(html, "monitor")));
    }

    [Fact]
    public void TheSample_NamesItsOwnCompilation_AndSaysItIsACuratedSelection()
    {
        var text = Text(_store.Report());
        var events = CliRun.Of("events", "--db", _store.Db, "--format", "json", "--limit", "1").Out;

        Assert.Contains("Events come from Khorasan Watch curated compilation;", text, StringComparison.Ordinal);
        Assert.Contains("is a curated selection of notable events", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Events come from ACLED", text, StringComparison.Ordinal);
        Assert.DoesNotContain("one source (ACLED)", text, StringComparison.Ordinal);
        Assert.Contains("\"dataset\": \"Khorasan Watch curated compilation\"", events, StringComparison.Ordinal);
    }

    [Fact]
    public void ACountOfOne_TakesTheSingular()
    {
        var html = _store.Report("--from", "2016-01-01", "--to", "2016-03-31");

        Assert.Contains("on 1 degree of freedom", Text(html), StringComparison.Ordinal);
        foreach (var id in OwnSections)
        {
            Assert.DoesNotMatch(OneWithAPlural(), Text(Section(html, id)));
        }
    }

    [Fact]
    public void EvidenceAndDetectors_AreNamedInWords_NotByTheirIds()
    {
        var html = _store.Report();

        Assert.DoesNotContain("cusum", html, StringComparison.Ordinal); // chart marker and footnote: "CUSUM"
        Assert.Contains("Events behind the CUSUM signal on attacks outside Afghanistan", html, StringComparison.Ordinal);
        Assert.Contains("<b>Evidence: ISKP attacks, last twelve months against the twelve before</b>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<b>Evidence: [a-z_]+</b>", html);
        var outsideCode = Text(Regex.Replace(html, "<code>.*?</code>", "", RegexOptions.Singleline));
        Assert.DoesNotMatch("\\b[a-z]+(_[a-z0-9]+)+\\b", outsideCode);
    }

    [Fact]
    public void Dates_AreWrittenInTheReportsOneFormat()
    {
        var html = _store.Report();

        foreach (var id in OwnSections)
        {
            Assert.DoesNotMatch("\\d{4}-\\d{2}-\\d{2}", Text(Section(html, id)));
        }

        Assert.Contains("(21 September 2021, D4)", Text(Section(html, "monitor")), StringComparison.Ordinal);
        var eventLines = Regex.Matches(html, "<li>([^<]*) — [^<]* — <code>acled:").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(eventLines);
        Assert.All(eventLines, day => Assert.Matches("^\\d{1,2} [A-Z][a-z]+ \\d{4}$", day));
    }

    [Fact]
    public void AfterAQuietQuarter_ThePaceForecastAsksForOneAttack_WithoutInventingAPace()
    {
        var keyPoints = Text(Section(_store.Report("--from", "2015-07-01", "--to", "2015-12-31"), "key-points"));

        Assert.Contains("that ISKP carries out at least one attack in the next three months, after none in the three months to 31 December 2015", keyPoints, StringComparison.Ordinal);
        Assert.DoesNotContain("recent pace", keyPoints, StringComparison.Ordinal);
        Assert.DoesNotContain("as in the three months", keyPoints, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWarnings_StateTheHeadlinesRateByChance_AndReportFallsApart()
    {
        var html = _store.Report();

        Assert.Contains("With nothing changed, at this store&#39;s own rates, clustering and mixes, the headline would reach &#39;watch&#39; in", html, StringComparison.Ordinal);
        Assert.DoesNotContain("outside AFG", html, StringComparison.Ordinal);
        Assert.Contains("Declines, tested as a family of their own", html, StringComparison.Ordinal);
        Assert.Contains("0 attacks outside Afghanistan in April 2024 to January 2025 against 0.38 a month in February 2022 to January 2024", html, StringComparison.Ordinal);
        Assert.Contains("stands at", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTempoChartsAxis_SaysWhatItCounts()
    {
        var tempo = Section(_store.Report(), "tempo");

        Assert.Contains(">Attacks per month</text>", tempo, StringComparison.Ordinal);
        Assert.DoesNotContain("Events per month", tempo, StringComparison.Ordinal);
    }

    /// <summary>"1" before a plural noun: "1 attacks", "1 degrees of freedom", "1 signals".</summary>
    [GeneratedRegex("(?<![\\d.,])\\b1 (attack|event|claim|relay|day|degree|test|signal|province|death|year|operation|strike|item)s\\b")]
    private static partial Regex OneWithAPlural();
}
