using System.Text.Json;
using System.Text.RegularExpressions;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// <c>kwatch report</c> on the shipped sample: the sections, the TLP banners, a file with nothing
/// to fetch, the same bytes for the same arguments, and figures that trace through their footnotes
/// to the stored events. The browser and PDF checks are in KhorasanWatch.Tests (ReportInBrowserTests).
/// </summary>
public sealed partial class ReportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ReportCommandTests()
    {
        var ingest = CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db);
        Assert.Equal(0, ingest.ExitCode);
    }

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    private string Render(params string[] extra)
    {
        var path = _temp.File($"report-{Guid.NewGuid():N}.html");
        var run = CliRun.Of(["report", "--db", Db, "--out", path, "--as-of", "2025-02-11", .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllText(path);
    }

    [Fact]
    public void TheReport_HasEverySectionFromTheData()
    {
        var html = Render();

        foreach (var id in new[] { "key-points", "tempo", "targets", "geography", "fight", "scale", "strikes", "monitor", "sources" })
        {
            Assert.Contains($"<h2 id=\"{id}\">", html, StringComparison.Ordinal);
        }

        var keyPoints = KeyPointsList().Match(html).Groups[1].Value;
        Assert.InRange(Regex.Count(keyPoints, "<li>"), 3, 7);
        Assert.Contains("ISKP carried out 31 attacks between 1 January 2022 and 11 February 2025", html, StringComparison.Ordinal);
        Assert.Matches("Confidence: <b>(low|moderate|high)</b>", keyPoints);
        Assert.Contains("no data — not in conflict-event data", html, StringComparison.Ordinal);
        Assert.True(Regex.Count(html, "<svg") >= 2, "the tempo and target charts are inline SVG");
    }

    [Fact]
    public void TheReport_IsSelfContained_WithTheTlpBannerAtTopAndBottom()
    {
        var html = Render("--tlp", "red");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<div class=\"tlp tlp-top\" role=\"note\"><span style=\"color:#FF2B2B\">TLP:RED</span></div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"tlp tlp-bottom\" role=\"note\"><span style=\"color:#FF2B2B\">TLP:RED</span></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheText_UsesNoRawEnumOrIdNames()
    {
        var text = Regex.Replace(Regex.Replace(Render(), "<(style|svg)[^>]*>.*?</\\1>", "", RegexOptions.Singleline), "<[^>]+>", " ");

        foreach (var raw in new[] { "ShiaHazara", "shia_hazara", "WesternersForeigners", "westerners_foreigners", "OutsideHome", "adversary", "Perpetrator", "NaN" })
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheSameStoreAndArguments_GiveTheSameBytes() => Assert.Equal(Render(), Render());

    [Theory]
    [InlineData("Taliban", "taliban")]
    [InlineData("Shia/Hazara", "shia_hazara")]
    public void ATargetFigure_TracesThroughItsFootnoteToTheStoredEvents(string label, string category)
    {
        var html = Render();
        var row = Regex.Match(html, $"<tr><td>{Regex.Escape(label)}</td><td class=\"n\">(\\d+)<sup class=\"fn\"><a href=\"#fn-(\\d+)\">");
        Assert.True(row.Success, $"no {label} row in the targets table");

        var shown = int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var ids = FootnoteIds(html, row.Groups[2].Value);
        var stored = StoredAttacks(category);

        Assert.Equal(shown, ids.Count);
        Assert.Equal(stored.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnOutsideAfghanistanFigure_TracesToTheStoredEventsInThatCountry()
    {
        var html = Render();
        var row = Regex.Match(html, "<tr><td>Iran</td><td class=\"n\">(\\d+)<sup class=\"fn\"><a href=\"#fn-(\\d+)\">");
        Assert.True(row.Success, "no Iran row in the table of attacks outside Afghanistan");

        var ids = FootnoteIds(html, row.Groups[2].Value);
        var stored = Events().Where(e => e.GetProperty("country").GetString() == "IRN").Select(e => e.GetProperty("id").GetString()!).ToList();

        Assert.Equal(int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), ids.Count);
        Assert.Equal(stored.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AClaimMarkedAboveTheReport_IsLeftOutAndCounted()
    {
        var add = CliRun.Of(
            "claims", "add", "--db", Db, "--key", "secret-manpower", "--subject", "manpower", "--statement", "A partner's own count: 4,100 fighters.",
            "--value", "4100", "--unit", "fighters", "--refers-to", "2024", "--reported", "2024-12", "--source-title", "Partner liaison report",
            "--grade", "B2", "--tlp", "red");
        Assert.True(add.ExitCode == 0, add.Error);

        var amber = Render();
        var red = Render("--tlp", "red");

        Assert.DoesNotContain("4,100", amber, StringComparison.Ordinal);
        Assert.DoesNotContain("Partner liaison report", amber, StringComparison.Ordinal);
        Assert.Contains("1 claim of the register marked above TLP:AMBER is left out of this report.", amber, StringComparison.Ordinal);
        Assert.Contains("Partner liaison report", red, StringComparison.Ordinal);
    }

    [Fact]
    public void BadArguments_AreOneLineErrors()
    {
        Assert.Equal(2, CliRun.Of("report", "--db", Db).ExitCode); // --out is required
        Assert.Equal(2, CliRun.Of("report", "--db", Db, "--out", _temp.File("r.html"), "--tlp", "purple").ExitCode);
        var missingFolder = CliRun.Of("report", "--db", Db, "--out", Path.Combine(_temp.Path, "no", "such", "r.html"));
        Assert.Equal(2, missingFolder.ExitCode);
        Assert.Single(missingFolder.Error.Trim().Split('\n'));
        var folder = CliRun.Of("report", "--db", Db, "--out", _temp.Path);
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("is a folder", folder.Error, StringComparison.Ordinal);
        var empty = CliRun.Of("report", "--db", _temp.File("empty.db"), "--out", _temp.File("r.html"));
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("kwatch ingest", empty.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of 2010-01-01", "kwatch: --as-of 2010-01-01 is before the report's end 2025-02-11 (the last event)")]
    [InlineData("--to 2024-01-01 --as-of 2023-12-31", "kwatch: --as-of 2023-12-31 is before the report's end 2024-01-01 (--to)")]
    public void AnAsOfBeforeTheReportsEnd_IsRefusedInOneLine(string args, string error)
    {
        var output = _temp.File("r.html");
        var run = CliRun.Of(["report", "--db", Db, "--out", output, .. args.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(error, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--from 2030-01-01 --to 2031-12-31", "kwatch: --from 2030-01-01: the store's data end on 2025-02-11")]
    [InlineData("--from 2005-01-01 --to 2008-12-31", "kwatch: --from 2005-01-01: the data start on 2015-01-01 for 'iskp'")]
    [InlineData("--from 2010-01-01 --to 2014-12-31", "kwatch: --from 2010-01-01: the data start on 2015-01-01 for 'iskp'")]
    [InlineData("--from 2016-01-01 --to 2030-12-31", "kwatch: --to 2030-12-31: the store's data end on 2025-02-11, and periods after 2025-12-31 would read as zeros")]
    public void ARangeOutsideTheData_IsRefusedInOneLine_AsIndicatorsRefuseIt(string args, string error)
    {
        var output = _temp.File("r.html");
        var run = CliRun.Of(["report", "--db", Db, "--out", output, .. args.Split(' ')]);
        var indicators = CliRun.Of(["indicators", "--db", Db, .. args.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(error, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.False(File.Exists(output));
        Assert.Equal(2, indicators.ExitCode);
        Assert.Equal(run.Error, indicators.Error);
    }

    [Fact]
    public void AnAsOfPastTheData_IsRefusedInOneLine()
    {
        var run = CliRun.Of("report", "--db", Db, "--out", _temp.File("r.html"), "--to", "2024-12-31", "--as-of", "2030-06-30");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("kwatch: --as-of 2030-06-30 is after the data (they end on 2025-02-11)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tlp", "purple", "kwatch: --tlp must be one of clear, green, amber, amber+strict, red")]
    [InlineData("--period", "week", "kwatch: --period must be one of month, quarter, year")]
    public void AValueOutsideAnOptionsChoices_IsOneLineListingThem(string option, string value, string error)
    {
        var run = CliRun.Of("report", "--db", Db, "--out", _temp.File("r.html"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(error, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void AnOutputThatCannotBeWritten_IsOneLineNamingItsOption()
    {
        var noFolder = CliRun.Of("report", "--db", Db, "--out", Path.Combine(_temp.Path, "no", "r.html"));
        var pdfFolder = CliRun.Of("report", "--db", Db, "--out", _temp.File("r.html"), "--pdf", _temp.Path);

        Assert.Equal((2, 2), (noFolder.ExitCode, pdfFolder.ExitCode));
        Assert.StartsWith($"kwatch: --out {Path.Combine(_temp.Path, "no", "r.html")} cannot be written: the folder {Path.Combine(_temp.Path, "no")} does not exist", noFolder.Error, StringComparison.Ordinal);
        Assert.StartsWith($"kwatch: --pdf {_temp.Path} is a folder", pdfFolder.Error, StringComparison.Ordinal);
        Assert.All([noFolder, pdfFolder], run => Assert.Single(run.Error.Trim().Split('\n')));
        Assert.False(File.Exists(_temp.File("r.html")), "the HTML is written only once every output is known to be writable");
    }

    [Theory]
    [InlineData("--country", "PAK")]
    [InlineData("--province", "Kabul")]
    [InlineData("--format", "json")]
    public void AnOptionTheReportDoesNotUse_IsRefused_NotIgnored(string option, string value)
    {
        var run = CliRun.Of("report", "--db", _temp.File("none.db"), "--out", _temp.File("r.html"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{option}'", Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingStore_IsAnError_AndIsNotCreated()
    {
        var missing = _temp.File("none.db");

        var run = CliRun.Of("report", "--db", missing, "--out", _temp.File("r.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"kwatch: {missing}: no such store (load one with 'kwatch ingest FILE --db PATH')", run.Error.Trim());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void TheSizeReported_IsTheWrittenFilesSizeInBytes()
    {
        var path = _temp.File("r.html");

        var run = CliRun.Of("report", "--db", Db, "--out", path);

        Assert.Equal(0, run.ExitCode);
        var bytes = new FileInfo(path).Length;
        Assert.True(bytes > File.ReadAllText(path).Length, "the report has non-ASCII characters, so bytes and characters differ");
        Assert.Equal($"Wrote {path} ({Math.Round(bytes / 1024.0):#,0} KB).", run.Out.Trim());
    }

    /// <summary>The ids a footnote lists, in the <c>&lt;code&gt;</c> of each detailed line.</summary>
    private static List<string> FootnoteIds(string html, string number)
    {
        var note = Regex.Match(html, $"<li id=\"fn-{number}\">(.*?)</li>\\n", RegexOptions.Singleline);
        Assert.True(note.Success, $"footnote {number} is missing");
        return Regex.Matches(note.Groups[1].Value, "<code>([^<]+)</code>").Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>The stored ISKP attacks of the report's window (1 January 2022 to 11 February 2025) on one target category.</summary>
    private List<string> StoredAttacks(string category) =>
        Events().Where(e => e.GetProperty("target_category").GetString() == category).Select(e => e.GetProperty("id").GetString()!).ToList();

    private List<JsonElement> Events()
    {
        var run = CliRun.Of("events", "--db", Db, "--actor", "iskp", "--from", "2022-01-01", "--to", "2025-02-11", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.EnumerateArray().Where(e => e.GetProperty("role").GetString() == "perpetrator").Select(e => e.Clone()).ToList();
    }

    [GeneratedRegex("<ol class=\"key-points\">(.*?)</ol>", RegexOptions.Singleline)]
    private static partial Regex KeyPointsList();
}
