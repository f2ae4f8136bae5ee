using System.Text.RegularExpressions;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.Cli.Tests.Commands.SampleStore;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// Every figure of <c>kwatch report</c> has a footnote of its own that lists exactly the stored
/// events it counts — the comparisons' baselines too — and comparisons never set a window against
/// one that overlaps it. The sample's default window runs from 1 January 2022 to 11 February 2025
/// (1,138 days), so the window of the same length before runs from 20 November 2018 to 31 December 2021.
/// </summary>
public sealed class ReportFiguresTests : IDisposable
{
    private readonly SampleStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void ScaleAndLethality_AreSetAgainstTheDaysOfTheSameLengthBefore_NotAnOverlappingYearEarlier()
    {
        var html = _store.Report();
        var scale = Section(html, "scale");

        Assert.DoesNotContain("year earlier", Text(scale), StringComparison.Ordinal);
        Assert.Contains("in the 1,138 days before (20 November 2018 to 31 December 2021)", Text(scale), StringComparison.Ordinal);
        var row = Regex.Match(scale, "<tr><td>Mass-casualty \\(ten or more dead\\)</td><td class=\"n\">\\d+<sup.*?</sup></td><td class=\"n\">(\\d+)<sup class=\"fn\"><a href=\"#fn-(\\d+)\">");
        Assert.True(row.Success, "no mass-casualty row with a note for the window before");
        var stored = _store.Attacks("2018-11-20", "2021-12-31", e => Killed(e) >= 10);
        Assert.Equal(stored.Count, Number(row.Groups[1].Value));
        Assert.Equal(stored, FootnoteIds(html, row.Groups[2].Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheDeathsPerAttackBefore_HasANoteOfItsOwnListingTheAttacksOfKnownToll()
    {
        var html = _store.Report();
        var cite = Regex.Match(Section(html, "scale"), "against (\\d+\\.\\d) in the 1,138 days before \\(20 November 2018 to 31 December 2021\\)<sup class=\"fn\"><a href=\"#fn-(\\d+)\">");
        Assert.True(cite.Success, "the comparison of deaths per attack has no note of its own");

        var known = _store.Attacks("2018-11-20", "2021-12-31", e => Killed(e) >= 0);
        Assert.NotEmpty(known);
        Assert.Equal(known, FootnoteIds(html, cite.Groups[2].Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheTempoKeyPointsBaseline_CitesTheAttacksOfTheDaysBefore()
    {
        var html = _store.Report();
        var shown = Regex.Match(html, "the 1,138 days before \\((\\d+) attacks\\)");
        Assert.True(shown.Success, "the first key point does not compare with the 1,138 days before");

        var ids = FootnoteIds(html, NoteAfter(html, shown.Value));

        var stored = _store.Attacks("2018-11-20", "2021-12-31");
        Assert.Equal(stored.Count, Number(shown.Groups[1].Value));
        Assert.Equal(stored, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnAssessmentReadingsBaseline_CitesTheAttacksOfTheTwelveMonthsBefore()
    {
        var html = _store.Report();
        var shown = Regex.Match(Section(html, "assessment"), "\\d+ attacks? in the twelve months to 11 February 2025 against (\\d+) in the twelve before");
        Assert.True(shown.Success, "no reading of attacks in the twelve months to the as-of day");

        var ids = FootnoteIds(html, NoteAfter(html, shown.Value));

        var stored = _store.Attacks("2023-02-12", "2024-02-11");
        Assert.Equal(stored.Count, Number(shown.Groups[1].Value));
        Assert.Equal(stored, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OtherActorsEvents_HaveANoteOfTheirOwn_SayingHowToListThem()
    {
        var csv = _store.File("taliban.csv");
        File.WriteAllText(csv, AcledCsv.Text(
            new AcledCsv.Row("KWX1", Date: "2023-05-10", EventType: "Violence against civilians", SubEventType: "Abduction/forced disappearance", Actor1: "Taliban", Notes: "Taliban forces detained two men in Kabul.", Fatalities: "0"),
            new AcledCsv.Row("KWX2", Date: "2024-06-02", EventType: "Violence against civilians", SubEventType: "Attack", Actor1: "Taliban", Notes: "Taliban forces beat a shopkeeper in Kabul.", Fatalities: "0")));
        var ingest = CliRun.Of("ingest", csv, "--db", _store.Db);
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        var html = _store.Report();

        var note = Footnote(html, NoteAfter(html, "with other actors' events in Afghanistan as a line"));
        Assert.Contains("2 events in the store in which ISKP has no role", note, StringComparison.Ordinal);
        Assert.Contains("<code>kwatch events --country AFG --from 2022-01-01 --to 2025-02-28</code>", note, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMonitorQuotesTheLatestIndependentClaim_AndCountsRelaysApart()
    {
        var html = _store.Report();
        var row = Regex.Match(Section(html, "monitor"), "<tr><td>ISKP manpower</td>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "no manpower row in the things to monitor");

        var text = Text(row.Groups[1].Value);

        Assert.Contains("Reuters (21 Sep 2021)", text, StringComparison.Ordinal); // the independent claim the key points use
        Assert.DoesNotContain("Seed paper", text, StringComparison.Ordinal); // which relays Reuters
        Assert.Contains("(2017 to 2020, B3)", text, StringComparison.Ordinal);
        Assert.Contains("1 claim, 1 relay", text, StringComparison.Ordinal);
    }
}
