using System.Text.Json;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// <c>kwatch ach import</c>, <c>rate</c> and <c>show --version</c> on a store without events: what is
/// saved, under which name and version, what is refused, and that a bad saved matrix is one line.
/// </summary>
public sealed class AchMatrixChangesTests : IDisposable
{
    private const string TwoHypotheses = """ "hypotheses": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ] """;

    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    private CliRun Kwatch(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    private string MatrixFile(string fields) => _temp.Write("m.json", $$"""{ {{fields}}, "items": [] }""");

    private int? ShownVersion(string matrix = "iskp-resurgence")
    {
        var run = Kwatch("ach", "show", "--matrix", matrix, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var version = json.RootElement.GetProperty("version");
        return version.ValueKind == JsonValueKind.Null ? null : version.GetInt32();
    }

    private static void AssertOneLineRefusal(CliRun run, string reason)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Import_RefusesTwoHypothesesWithTheSameId()
    {
        var file = MatrixFile("""  "name": "dup", "hypotheses": [ { "id": "a" }, { "id": "a" } ] """);

        SqliteEventStore.Open(Db).Dispose(); // an existing store, so that score's refusal is about the matrix

        AssertOneLineRefusal(Kwatch("ach", "import", file), "hypothesis id 'a' is used twice");
        AssertOneLineRefusal(Kwatch("ach", "score", "--matrix", "dup"), "no matrix of that name is saved");
    }

    [Fact]
    public void ABadMatrixAlreadySaved_IsAOneLineErrorForShowScoreAndRate()
    {
        using (var store = SqliteEventStore.Open(Db))
        {
            store.SaveMatrix("dup", """{ "name": "dup", "hypotheses": [ { "id": "a" }, { "id": "a" } ], "items": [] }""", "saved before the check", DateTimeOffset.UnixEpoch);
        }

        AssertOneLineRefusal(Kwatch("ach", "show", "--matrix", "dup"), "hypothesis id 'a' is used twice");
        AssertOneLineRefusal(Kwatch("ach", "score", "--matrix", "dup", "--format", "json"), "dup version 1");
        AssertOneLineRefusal(Kwatch("ach", "rate", "x", "a", "I", "--matrix", "dup"), "import a corrected matrix");
    }

    [Theory]
    [InlineData("""{ "high": 2 }""", "weights: 'medium' and 'low' are missing")]
    [InlineData("""{ "high": 2, "medium": 1, "low": -0.5 }""", "weights: 'low' is -0.5")]
    [InlineData("""{ "high": 0, "medium": 1, "low": 0.5 }""", "weights: 'high' is 0")]
    public void Import_RefusesWeightsThatAreMissingOrNotAboveZero(string weights, string reason)
    {
        var file = MatrixFile($""" "name": "w", "weights": {weights}, {TwoHypotheses} """);

        AssertOneLineRefusal(Kwatch("ach", "import", file), reason);
        Assert.Equal(2, Kwatch("ach", "show", "--matrix", "w").ExitCode);
    }

    [Fact]
    public void Import_SavesUnderTheMatrixOption_WhenTheFileHasNoName()
    {
        var file = MatrixFile(TwoHypotheses);

        var import = Kwatch("ach", "import", file, "--matrix", "mine");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Saved mine version 1", import.Out, StringComparison.Ordinal);
        Assert.Equal(1, ShownVersion("mine"));
    }

    [Fact]
    public void Import_OfANamelessFileWithoutTheOption_SavesTheMatrixTheCommandsUseByDefault()
    {
        Assert.Equal(0, Kwatch("ach", "import", MatrixFile(TwoHypotheses)).ExitCode);

        Assert.Equal(1, ShownVersion());
    }

    [Fact]
    public void Import_RefusesAFileNamedOtherwiseThanTheMatrixOption()
    {
        var file = MatrixFile($""" "name": "theirs", {TwoHypotheses} """);

        AssertOneLineRefusal(Kwatch("ach", "import", file, "--matrix", "mine"), "names its matrix 'theirs', not 'mine'");
        Assert.Equal(0, Kwatch("ach", "import", file, "--matrix", "theirs").ExitCode);
        Assert.Equal(1, ShownVersion("theirs"));
    }

    [Fact]
    public void Rate_RefusesAStateForAClaimItem_AndSavesNothing()
    {
        SqliteEventStore.Open(Db).Dispose(); // An existing store: a refused rating on a new one leaves no store at all.
        // The shipped matrix's claim items are rated by rule now: one by band is changed by import, a note takes no state.
        AssertOneLineRefusal(Kwatch("ach", "rate", "manpower", "spoiler", "II", "--state", "up"), "'manpower' is rated by the band its subject's latest figure falls in");
        AssertOneLineRefusal(Kwatch("ach", "rate", "taliban_commitment", "spoiler", "II", "--state", "up"), "'taliban_commitment' is a note item, rated the same in every state");
        AssertOneLineRefusal(Kwatch("ach", "rate", "funding", "spoiler", "II", "--state", "up"), "give the reading to rate as the state (falling, sustained, rising)");

        Assert.Null(ShownVersion());
    }

    [Fact]
    public void Rate_OfTheRatingAlreadyInForce_SavesNoNewVersion()
    {
        Assert.Equal(0, Kwatch("ach", "rate", "taliban_commitment", "spoiler", "II").ExitCode);

        var again = Kwatch("ach", "rate", "taliban_commitment", "spoiler", "ii");
        var shipped = Kwatch("ach", "rate", "attack_tempo", "contained", "II", "--state", "up");

        Assert.Equal((0, 0), (again.ExitCode, shipped.ExitCode));
        Assert.Contains("unchanged", again.Out, StringComparison.Ordinal);
        Assert.Contains("unchanged", shipped.Out, StringComparison.Ordinal);
        Assert.Equal(1, ShownVersion());
    }

    [Fact]
    public void ShowWithAVersion_ReadsThatVersion_AndRefusesOneNotSaved()
    {
        Assert.Equal(0, Kwatch("ach", "rate", "taliban_commitment", "spoiler", "II").ExitCode);
        Assert.Equal(0, Kwatch("ach", "rate", "taliban_commitment", "spoiler", "N").ExitCode);

        var first = Kwatch("ach", "show", "--version", "1", "--format", "json");
        using var json = JsonDocument.Parse(first.Out);
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "taliban_commitment");

        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("II", item.GetProperty("ratings").GetProperty("spoiler").GetString());
        Assert.Equal(2, ShownVersion());
        AssertOneLineRefusal(Kwatch("ach", "show", "--version", "3"), "no version 3 is saved (versions 1 to 2)");
        AssertOneLineRefusal(Kwatch("ach", "score", "--matrix", "other", "--version", "1"), "no matrix of that name is saved");
    }
}
