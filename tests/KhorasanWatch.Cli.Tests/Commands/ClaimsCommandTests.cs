using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary><c>kwatch claims add|list|show|import|series</c>: contracts, exit codes and 80-column tables.</summary>
public sealed class ClaimsCommandTests : IDisposable
{
    private const string Header = "key,subject,statement,value,low,high,unit,refers_to,reported,source_title,source_publisher,source_reference,accessed,reliability,credibility,owner,tlp,relays,notes";

    private static readonly string[] ClaimFields =
        ["id", "version", "subject", "statement", "value", "low", "high", "unit", "refers_to", "reported", "source", "grade", "reliability", "credibility", "owner", "tlp", "relays", "notes"];

    private static readonly string[] PointFields = ["period", "start", "end", "combined", "low", "high", "disagree", "claims", "relays_set_aside"];

    private static readonly string[] MoveFields = ["from", "to", "before", "after", "direction", "statement"];

    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    /// <summary>A register with a relay that changes its original, two sources that exclude each other, a move and a claim in another unit.</summary>
    private string Register() => _temp.Write("claims.csv", string.Join("\n",
        Header,
        "paper-ratio-first-four-months-of-2021,attack_ratio,Attacks were more than 3.5 times 2020's.,,3.5,,ratio,2021-01-01/2021-04-30,2021-11,Seed paper,CSAG,,,C,3,,,,",
        "usip-ratio-first-quarter-relay,attack_ratio,USIP: 3.67 times.,3.67,,,ratio,2021-01-01/2021-03-31,2021-07-01,USIP,USIP,https://www.usip.org/,2024-05-01,B,3,,green,paper-ratio-first-four-months-of-2021,",
        "un-monitoring-team-2021,manpower,\"UN: 1,500 to 2,200 fighters.\",,1500,2200,fighters,2021,2021-06-01,UN report,UNSC,S/2021/486,,B,2,Partner agency,amber+strict,,Member states.",
        "us-dod-2021,manpower,US: 4000.,4000,,,fighters,2021-06,2021-07-01,DoD,DoD,,,A,2,,,,",
        "us-dod-2022,manpower,US: 6000.,6000,,,fighters,2022,2023-01-10,DoD,DoD,,,A,2,,,,",
        "share-of-members,manpower,A tenth are foreigners.,10,,,percent,2022,2023-01-10,Think tank,,,,C,4,,,,") + "\n");

    [Fact]
    public void Add_ThenTheSameAgain_ThenOtherContent_IsAddedUnchangedCorrected()
    {
        string[] claim = ["claims", "add", "--key", "un-2021", "--subject", "manpower", "--statement", "About 2,000.", "--value", "2000", "--unit", "fighters",
            "--refers-to", "2021", "--reported", "2021-06-01", "--source-title", "UN report", "--grade", "b2"];

        var added = Run(claim);
        var same = Run(claim);
        var corrected = Run([.. claim[..^2], "--grade", "B3", "--notes", "Regraded."]);

        Assert.Equal((0, "added: un-2021 (version 1)"), (added.ExitCode, added.Out.Trim()));
        Assert.Equal((0, "unchanged: un-2021 is already version 1 with this content"), (same.ExitCode, same.Out.Trim()));
        Assert.Equal(0, corrected.ExitCode);
        Assert.StartsWith("corrected: un-2021 is now version 2", corrected.Out, StringComparison.Ordinal);
        using var show = JsonDocument.Parse(Run("claims", "show", "un-2021", "--format", "json").Out);
        var versions = show.RootElement.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["B2", "B3"], versions.Select(v => v.GetProperty("grade").GetString()));
        Assert.All(versions, v => Assert.Equal("claims add", v.GetProperty("origin").GetString()));
        Assert.All(versions, v => Assert.True(DateTimeOffset.TryParse(v.GetProperty("recorded_at").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _)));
    }

    [Fact]
    public void Add_WithBadOptions_NamesThemAllInOneLine_AndExitsTwo()
    {
        var run = Run("claims", "add", "--key", "x", "--subject", "manpower", "--statement", "s", "--value", "2,000", "--refers-to", "2021", "--reported", "2021", "--grade", "G7");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--value '2,000' is not a number", line, StringComparison.Ordinal);
        Assert.Contains("--grade 'G7' is not an Admiralty grade", line, StringComparison.Ordinal);
        Assert.Contains("--source-title is required", line, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Add_ARelayOfAClaimNotInTheRegister_ExitsTwo()
    {
        var run = Run("claims", "add", "--key", "x", "--subject", "manpower", "--statement", "s", "--refers-to", "2021", "--reported", "2021",
            "--source-title", "T", "--grade", "C3", "--relays", "nowhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--relays 'nowhere' is not a claim in the register", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ListJson_HasEveryContractField_AndTheDisagreements()
    {
        Assert.Equal(0, Run("claims", "import", Register()).ExitCode);

        using var json = JsonDocument.Parse(Run("claims", "list", "--format", "json").Out);

        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(6, claims.Count);
        Assert.All(claims, c => Assert.All(ClaimFields, f => Assert.True(c.TryGetProperty(f, out _), $"a claim lacks '{f}'")));
        var un = claims.Single(c => c.GetProperty("id").GetString() == "un-monitoring-team-2021");
        Assert.Equal((1500, 2200, JsonValueKind.Null), (un.GetProperty("low").GetDouble(), un.GetProperty("high").GetDouble(), un.GetProperty("value").ValueKind));
        Assert.Equal(("B2", "B", 2, "amber+strict", "Partner agency"), (un.GetProperty("grade").GetString(), un.GetProperty("reliability").GetString(), un.GetProperty("credibility").GetInt32(), un.GetProperty("tlp").GetString(), un.GetProperty("owner").GetString()));
        Assert.Equal(("UN report", "UNSC", "S/2021/486"), (un.GetProperty("source").GetProperty("title").GetString(), un.GetProperty("source").GetProperty("publisher").GetString(), un.GetProperty("source").GetProperty("reference").GetString()));
        Assert.Equal((1, "2021", "2021-06-01"), (un.GetProperty("version").GetInt32(), un.GetProperty("refers_to").GetString(), un.GetProperty("reported").GetString()));

        var disagreements = json.RootElement.GetProperty("disagreements").EnumerateArray().ToList();
        var relay = Assert.Single(disagreements, d => d.GetProperty("kind").GetString() == "relay");
        Assert.Equal(("usip-ratio-first-quarter-relay", "paper-ratio-first-four-months-of-2021"), (relay.GetProperty("first").GetString(), relay.GetProperty("second").GetString()));
        Assert.Contains("2021-01-01/2021-03-31", relay.GetProperty("statement").GetString(), StringComparison.Ordinal);
        var ranges = Assert.Single(disagreements, d => d.GetProperty("kind").GetString() == "ranges");
        Assert.Equal(("un-monitoring-team-2021", "us-dod-2021"), (ranges.GetProperty("first").GetString(), ranges.GetProperty("second").GetString()));
    }

    [Fact]
    public void ListTable_FitsEightyColumns_KeepsIdsWhole_AndSaysTheDisagreements()
    {
        Run("claims", "import", Register());

        var run = Run("claims", "list");

        Assert.Equal(0, run.ExitCode);
        AssertFits(run.Out);
        Assert.StartsWith("id ", run.Out, StringComparison.Ordinal);
        AssertSays(run.Out, "paper-ratio-first-four-months-of-2021", "1,500–2,200 fighters", "usip-ratio-first-quarter-relay relays", "ranges exclude each other");
    }

    [Fact]
    public void List_OfOneSubject_OrOfAnEmptyRegister_SaysSo()
    {
        KhorasanWatch.Storage.Sqlite.SqliteEventStore.Open(Db).Dispose(); // a store without claims
        Assert.Contains("holds no claims yet", Run("claims", "list").Out, StringComparison.Ordinal);
        Run("claims", "import", Register());

        using var json = JsonDocument.Parse(Run("claims", "list", "--subject", "attack_ratio", "--format", "json").Out);

        Assert.Equal(2, json.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Contains("no claims about 'funding'", Run("claims", "list", "--subject", "funding").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_PrintsEveryVersionOldestFirst_WithWhatChanged()
    {
        var path = Register();
        Run("claims", "import", path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("US: 4000.,4000", "US: 4500.,4500", StringComparison.Ordinal));
        Run("claims", "import", path);

        var run = Run("claims", "show", "us-dod-2021");

        Assert.Equal(0, run.ExitCode);
        AssertFits(run.Out);
        Assert.True(run.Out.IndexOf("us-dod-2021 version 1", StringComparison.Ordinal) < run.Out.IndexOf("us-dod-2021 version 2", StringComparison.Ordinal));
        Assert.Contains($"{path}:5", run.Out, StringComparison.Ordinal);
        AssertSays(run.Out, "changed     statement, figure", "4,000 fighters", "4,500 fighters");
    }

    [Fact]
    public void Show_AnUnknownId_ExitsTwo()
    {
        KhorasanWatch.Storage.Sqlite.SqliteEventStore.Open(Db).Dispose();
        var run = Run("claims", "show", "nobody");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no claim 'nobody'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportJson_ReportsTheCountsAndEveryReject_AndExitsOne()
    {
        var path = _temp.Write("mixed.csv", string.Join("\n", Header,
            "good,manpower,s,2000,,,fighters,2021,2021,T,,,,B,2,,,,",
            "bad,manpower,s,2000,,,,2021,someday,T,,,,B,2,,,,") + "\n");

        var run = Run("claims", "import", path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal((path, 2, 1, 0, 0, 1), (root.GetProperty("file").GetString(), root.GetProperty("read").GetInt32(), root.GetProperty("added").GetInt32(),
            root.GetProperty("corrected").GetInt32(), root.GetProperty("unchanged").GetInt32(), root.GetProperty("rejected").GetInt32()));
        var rejects = root.GetProperty("rejects").EnumerateArray().ToList();
        Assert.Equal(["unit", "reported"], rejects.Select(r => r.GetProperty("field").GetString()));
        Assert.All(rejects, r => Assert.Equal((path, 3), (r.GetProperty("file").GetString(), r.GetProperty("line").GetInt32())));
        Assert.All(rejects, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("reason").GetString())));
    }

    [Fact]
    public void ImportTable_IsOneSummaryLineAndTheRejects_AndASecondRunChangesNothing()
    {
        var path = Register();

        var first = Run("claims", "import", path);
        var second = Run("claims", "import", path);

        Assert.Equal((0, $"{path}: read 6, added 6, corrected 0, unchanged 0, rejected 0"), (first.ExitCode, first.Out.Trim()));
        Assert.Equal((0, $"{path}: read 6, added 0, corrected 0, unchanged 6, rejected 0"), (second.ExitCode, second.Out.Trim()));
    }

    [Theory]
    [InlineData("missing.csv", null, "no such file")]
    [InlineData("empty.csv", "", "empty")]
    [InlineData("short.csv", "key,subject,statement\nx,manpower,s\n", "lacks the required columns")]
    [InlineData("broken.json", "[{\"key\":", "not valid JSON")]
    public void ImportOfAFileThatCannotBeRead_IsOneLineNamingIt_AndExitsTwo(string name, string? content, string expected)
    {
        var path = content is null ? _temp.File(name) : _temp.Write(name, content);

        var run = Run("claims", "import", path);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SeriesTable_FitsEightyColumns_AndAlwaysStatesTheWeights()
    {
        Run("claims", "import", Register());

        var run = Run("claims", "series", "manpower");

        Assert.Equal(0, run.ExitCode);
        AssertFits(run.Out);
        AssertSays(run.Out, "2021    ", "1,500–4,000", "2: B2 A2", "disagree", "share-of-members (percent)", "Weights (reliability × credibility): reliability A 1.0, B 0.8");
    }

    [Fact]
    public void SeriesJson_HasTheContract_AndUsesTheStatedWeights()
    {
        Run("claims", "import", Register());
        var weights = _temp.Write("w.json", """{"reliability": {"A": 1, "B": 0.5, "C": 0, "D": 0, "E": 0, "F": 0}, "credibility": {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1}}""");

        using var json = JsonDocument.Parse(Run("claims", "series", "manpower", "--weights", weights, "--format", "json").Out);

        var root = json.RootElement;
        Assert.Equal(0.5, root.GetProperty("weights").GetProperty("reliability").GetProperty("B").GetDouble());
        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.All(points, p => Assert.All(PointFields, f => Assert.True(p.TryGetProperty(f, out _), $"a point lacks '{f}'")));
        Assert.Equal(["2021", "2022"], points.Select(p => p.GetProperty("period").GetString()));
        // un (B2, weight 0.5, middle 1,850) and dod (A2, weight 1, 4,000): (0.5 × 1850 + 4000) / 1.5.
        Assert.Equal(((0.5 * 1850) + 4000) / 1.5, points[0].GetProperty("combined").GetDouble(), 6);
        Assert.True(points[0].GetProperty("disagree").GetBoolean());
        Assert.Equal([0.5, 1.0], points[0].GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("weight").GetDouble()));
        var move = Assert.Single(root.GetProperty("moves").EnumerateArray());
        Assert.All(MoveFields, f => Assert.True(move.TryGetProperty(f, out _), $"a move lacks '{f}'"));
        Assert.Equal(("2021", "2022", "up"), (move.GetProperty("from").GetString(), move.GetProperty("to").GetString(), move.GetProperty("direction").GetString()));
        Assert.Equal(["share-of-members"], root.GetProperty("other_units").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Series_WithWeightsLackingGrades_NamesThem_AndExitsTwo()
    {
        Run("claims", "import", Register());
        var weights = _temp.Write("w.json", """{"reliability": {"A": 1, "B": 0.8}, "credibility": {"1": 1, "2": 0.8, "3": 0.6, "4": 0.4, "5": 0.2, "6": -1}}""");

        var run = Run("claims", "series", "manpower", "--weights", weights);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("reliability lacks C, D, E, F", line, StringComparison.Ordinal);
        Assert.Contains("credibility 6 is -1", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_OfASubjectWithoutFigures_ExitsTwoNamingTheSubjectsThatHaveThem()
    {
        Run("claims", "import", Register());

        var run = Run("claims", "series", "funding");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("subjects with figures: attack_ratio, manpower", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedRegister_ImportsWithoutRejects_AndShowsTheRelayDisagreement()
    {
        var sample = Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv");
        Assert.True(File.Exists(sample), $"{sample} is shipped with the repository");

        var run = Run("claims", "import", sample, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        Assert.Equal(0, report.RootElement.GetProperty("rejected").GetInt32());
        using var list = JsonDocument.Parse(Run("claims", "list", "--format", "json").Out);
        Assert.Contains(list.RootElement.GetProperty("disagreements").EnumerateArray(), d => d.GetProperty("kind").GetString() == "relay");
        AssertFits(Run("claims", "list").Out);
    }

    private static void AssertSays(string text, params string[] parts) => Assert.All(parts, part => Assert.Contains(part, text, StringComparison.Ordinal));

    private static void AssertFits(string text) =>
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"{line.Length} columns: {line}"));
}
