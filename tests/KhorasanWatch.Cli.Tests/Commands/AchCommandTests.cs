using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// <c>kwatch ach</c> on the shipped sample, register and matrix: the score's JSON contract, a rating
/// saved as a new version that changes the score, indicator items that follow the data, and import.
/// </summary>
public sealed class AchCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public AchCommandTests()
    {
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db).ExitCode);
        Assert.Equal(0, CliRun.Of("claims", "import", Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv"), "--db", Db).ExitCode);
    }

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    private JsonElement Json(params string[] args)
    {
        var run = CliRun.Of([.. args, "--db", Db, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.Clone();
    }

    [Fact]
    public void Score_ListsEveryHypothesisWithItsInconsistencyAndRank()
    {
        var score = Json("ach", "score", "--as-of", "2025-02-11");

        var hypotheses = score.GetProperty("hypotheses").EnumerateArray().ToList();
        Assert.Equal(3, hypotheses.Count);
        Assert.All(hypotheses, h =>
        {
            Assert.False(string.IsNullOrEmpty(h.GetProperty("name").GetString()));
            Assert.True(h.GetProperty("inconsistency").GetDouble() >= 0);
            Assert.InRange(h.GetProperty("rank").GetInt32(), 1, 3);
        });
        Assert.Contains(hypotheses, h => h.GetProperty("rank").GetInt32() == 1);
        Assert.Equal(1.414, score.GetProperty("weights").GetProperty("high").GetDouble());
        Assert.Equal(JsonValueKind.Null, score.GetProperty("version").ValueKind);
    }

    [Fact]
    public void ARating_IsSavedAsANewVersionAndMovesTheScore()
    {
        double Spoiler() => Json("ach", "score", "--as-of", "2025-02-11").GetProperty("hypotheses").EnumerateArray()
            .Single(h => h.GetProperty("id").GetString() == "spoiler").GetProperty("inconsistency").GetDouble();
        var before = Spoiler();

        var rate = CliRun.Of("ach", "rate", "taliban_commitment", "spoiler", "II", "--db", Db);

        Assert.Equal(0, rate.ExitCode);
        Assert.Contains("version 1", rate.Out, StringComparison.Ordinal);
        // taliban_commitment is medium × medium: II adds 2 × 1 × 1.
        Assert.Equal(before + 2, Spoiler(), 6);
        Assert.Equal(1, Json("ach", "show", "--as-of", "2025-02-11").GetProperty("version").GetInt32());
    }

    [Fact]
    public void IndicatorItems_ReadTheDataAsOfTheDayGiven()
    {
        var show = Json("ach", "show", "--as-of", "2025-02-11");

        var tempo = show.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "attack_tempo");
        Assert.Equal("attacks_12m", tempo.GetProperty("ref").GetString());
        Assert.Matches("^(up|flat|down)$", tempo.GetProperty("state").GetString());
        Assert.Contains("in the twelve months to 11 February 2025", tempo.GetProperty("reading").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(tempo.GetProperty("event_ids").EnumerateArray());
    }

    [Fact]
    public void ANewManpowerEstimate_ChangesTheSampleReportsAssessment()
    {
        var before = SampleStore.Text(SampleStore.Section(Report(), "assessment"));
        var keyBefore = SampleStore.Text(SampleStore.Section(Report(), "key-points"));
        var add = CliRun.Of("claims", "add", "--db", Db, "--key", "partner-2024-iskp-6000", "--subject", "manpower",
            "--statement", "A partner service estimates ISKP at about 6,000 fighters.", "--value", "6000", "--unit", "fighters",
            "--refers-to", "2024", "--reported", "2024-12-01", "--source-title", "Partner liaison estimate", "--grade", "B2", "--tlp", "clear");
        Assert.True(add.ExitCode == 0, add.Error);

        var after = SampleStore.Text(SampleStore.Section(Report(), "assessment"));
        var keyAfter = SampleStore.Text(SampleStore.Section(Report(), "key-points"));

        Assert.NotEqual(before, after);
        Assert.Contains("1,500 to 4,000", before, StringComparison.Ordinal); // the 2,000 of 2017-2020, Reuters
        Assert.Contains("6,000 fighters", after, StringComparison.Ordinal);
        Assert.Contains("4,000 or more", after, StringComparison.Ordinal);
        Assert.Contains("years before the day", before, StringComparison.Ordinal); // how old the estimate the matrix reads is
        Assert.NotEqual(keyBefore, keyAfter);
    }

    [Fact]
    public void ANewFundingClaimThatReadsOtherwise_ChangesTheScore_NotAFixedClaim()
    {
        var before = CliRun.Of("ach", "score", "--db", Db, "--format", "json").Out;
        var add = CliRun.Of("claims", "add", "--db", Db, "--key", "partner-2024-iskp-funding-falling", "--subject", "funding",
            "--statement", "A partner service reports ISKP's donors and transfers cut off in 2024.", "--reading", "falling",
            "--refers-to", "2024", "--reported", "2024-12-01", "--source-title", "Partner liaison report", "--grade", "B2", "--tlp", "clear");
        Assert.True(add.ExitCode == 0, add.Error);

        var after = CliRun.Of("ach", "score", "--db", Db, "--format", "json").Out;
        var html = Report();

        Assert.NotEqual(Inconsistency(before, "resurging"), Inconsistency(after, "resurging")); // sustained rated resurgence N; falling rates it I
        Assert.True(Inconsistency(after, "resurging") > Inconsistency(before, "resurging"));
        Assert.Contains("reads &#39;falling&#39;", html, StringComparison.Ordinal);
        Assert.Equal("falling", JsonDocument.Parse(CliRun.Of("claims", "show", "partner-2024-iskp-funding-falling", "--db", Db, "--format", "json").Out)
            .RootElement.GetProperty("versions")[0].GetProperty("reading").GetString());
    }

    private static double Inconsistency(string json, string hypothesis) =>
        JsonDocument.Parse(json).RootElement.GetProperty("hypotheses").EnumerateArray()
            .Single(h => h.GetProperty("id").GetString() == hypothesis).GetProperty("inconsistency").GetDouble();

    [Fact]
    public void OnAnEmptyStore_ItemsWithoutClaimsOrReadingsAreNamedAsNotCounted()
    {
        KhorasanWatch.Storage.Sqlite.SqliteEventStore.Open(_temp.File("empty.db")).Dispose();
        var score = CliRun.Of("ach", "score", "--db", _temp.File("empty.db"), "--as-of", "2025-02-11");

        Assert.Equal(0, score.ExitCode);
        Assert.Contains("Not counted", score.Out, StringComparison.Ordinal);
        Assert.Contains("manpower", score.Out[score.Out.IndexOf("Not counted", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("Not diagnostic (rated alike for all): manpower", score.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BadRatingsAndItems_AreOneLineErrors()
    {
        var badRating = CliRun.Of("ach", "rate", "taliban_commitment", "spoiler", "maybe", "--db", Db);
        var badItem = CliRun.Of("ach", "rate", "nothing", "spoiler", "I", "--db", Db);
        var noState = CliRun.Of("ach", "rate", "attack_tempo", "spoiler", "I", "--db", Db);

        Assert.Equal((2, 2, 2), (badRating.ExitCode, badItem.ExitCode, noState.ExitCode));
        Assert.Contains("CC, C, N, I, II or NA", badRating.Error, StringComparison.Ordinal);
        Assert.Contains("no evidence item 'nothing'", badItem.Error, StringComparison.Ordinal);
        Assert.Contains("give the state", noState.Error, StringComparison.Ordinal);
        Assert.All(new[] { badRating, badItem, noState }, r => Assert.Single(r.Error.Trim().Split('\n')));
    }

    private string Report()
    {
        var path = _temp.File($"r-{Guid.NewGuid():N}.html");
        var run = CliRun.Of("report", "--db", Db, "--out", path, "--tlp", "clear");
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllText(path);
    }

    [Fact]
    public void AnImportedMatrix_WithItsOwnWeights_IsTheNextVersion()
    {
        var shown = CliRun.Of("ach", "show", "--db", Db, "--format", "json");
        var matrix = _temp.Write("m.json", """
            { "name": "iskp-resurgence", "question": "Q?", "weights": { "high": 2, "medium": 1, "low": 0.5 },
              "hypotheses": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ],
              "items": [ { "id": "x", "kind": "note", "text": "x", "credibility": "high", "relevance": "low", "ratings": { "a": "II", "b": "C" } } ] }
            """);

        var import = CliRun.Of("ach", "import", matrix, "--db", Db);
        var score = Json("ach", "score");

        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(1, score.GetProperty("version").GetInt32());
        // II × high (2) × low (0.5) = 2.
        Assert.Equal(2, score.GetProperty("hypotheses")[0].GetProperty("inconsistency").GetDouble(), 9);
        Assert.Equal(2, CliRun.Of("ach", "import", _temp.Write("bad.json", "{ \"hypotheses\": [] }"), "--db", Db).ExitCode);
    }

    [Fact]
    public void TheReport_HasAnAssessmentAndAnEstimatesSectionFromTheShippedRegisterAndMatrix()
    {
        var path = _temp.File("r.html");
        Assert.Equal(0, CliRun.Of("report", "--db", Db, "--out", path, "--as-of", "2025-02-11").ExitCode);
        var html = File.ReadAllText(path);

        Assert.Contains("<h2 id=\"assessment\">Assessment</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"estimates\">Estimates</h2>", html, StringComparison.Ordinal);
        Assert.Contains("ISKP persists as a disruptive spoiler at its current strength", html, StringComparison.Ordinal);
        Assert.Contains("Of the competing hypotheses, the evidence is least inconsistent with", html, StringComparison.Ordinal);
        Assert.Contains("“ISKP Re-Emergence and New Threat?” (C4) relays “What Does IS-K&#39;s Resurgence Mean for Afghanistan and Beyond?” (B2) but changes its period January 2021 to March 2021", html, StringComparison.Ordinal);
        Assert.Contains("The register&#39;s combined estimate of ISKP&#39;s manpower is 2,000 fighters", html, StringComparison.Ordinal);
    }
}
