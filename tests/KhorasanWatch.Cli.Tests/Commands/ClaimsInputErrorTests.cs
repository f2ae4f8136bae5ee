using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// <c>kwatch claims add|import</c> on inputs a person gets wrong: the error names the field or
/// option really at fault, in words that say what to do, and a JSON file's rejects are placed by item.
/// </summary>
public sealed class ClaimsInputErrorTests : IDisposable
{
    private static readonly string[] Claim =
        ["claims", "add", "--key", "un-2021", "--subject", "manpower", "--statement", "About 2,000.", "--unit", "fighters", "--refers-to", "2021", "--reported", "2021-06-01", "--source-title", "UN report"];

    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    [Fact]
    public void Add_WithoutAGrade_AsksForTheGrade()
    {
        var run = Run([.. Claim, "--value", "2000"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("kwatch: claims add: --grade is required, e.g. B2", run.Error.Trim());
    }

    [Fact]
    public void Add_WithLowAboveHigh_NamesLowAndHigh()
    {
        var run = Run([.. Claim, "--grade", "B2", "--low", "7000", "--high", "6000"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("kwatch: claims add: --low 7000 is above high 6000", run.Error.Trim());
    }

    [Fact]
    public void Add_WithAYearForAccessed_IsRefused_ForTheDayTheSourceWasReadIsKnown()
    {
        var run = Run([.. Claim, "--grade", "B2", "--value", "2000", "--accessed", "2021"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("kwatch: claims add: --accessed '2021' is not a day (YYYY-MM-DD)", run.Error.Trim());
    }

    [Fact]
    public void Import_OfALatin1Csv_IsRefusedNamingTheOption_WhichThenReadsIt()
    {
        var path = _temp.File("latin1.csv");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("key,subject,statement,refers_to,reported,source_title,grade\nherat,popular_attitude,Said in Hérat.,2021,2021,T,C3\n"));

        var refused = Run("claims", "import", path);
        var read = Run("claims", "import", path, "--encoding", "latin1");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{path}:2: bad encoding: the file is not valid UTF-8 (for Latin-1 files pass --encoding latin1)", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, read.ExitCode);
        using var list = JsonDocument.Parse(Run("claims", "list", "--format", "json").Out);
        Assert.Equal("Said in Hérat.", list.RootElement.GetProperty("claims")[0].GetProperty("statement").GetString());
        Assert.Equal(2, Run("claims", "import", path, "--encoding", "cp1252").ExitCode);
    }

    [Fact]
    public void ImportJson_OfAJsonFile_PlacesEachRejectByItem_AndOfACsvByLine()
    {
        var json = _temp.Write("c.json", """
            [
              {"key": "good", "subject": "popular_attitude", "statement": "s", "refers_to": "2021", "reported": "2021", "source_title": "T", "grade": "C3"},
              {"key": "bad", "subject": "popular_attitude", "statement": "s", "refers_to": "2021", "reported": "2021", "source_title": "T", "grade": ""}
            ]
            """);
        var csv = _temp.Write("c.csv", "key,subject,statement,refers_to,reported,source_title,grade\nbad,popular_attitude,s,2021,2021,T,\n");

        using var fromJson = JsonDocument.Parse(Run("claims", "import", json, "--format", "json").Out);
        using var fromCsv = JsonDocument.Parse(Run("claims", "import", csv, "--format", "json").Out);

        var item = Assert.Single(fromJson.RootElement.GetProperty("rejects").EnumerateArray());
        Assert.Equal((2, 2, "grade"), (item.GetProperty("item").GetInt32(), item.GetProperty("line").GetInt32(), item.GetProperty("field").GetString()));
        var line = Assert.Single(fromCsv.RootElement.GetProperty("rejects").EnumerateArray());
        Assert.Equal((JsonValueKind.Null, 2), (line.GetProperty("item").ValueKind, line.GetProperty("line").GetInt32()));
        var text = System.Text.RegularExpressions.Regex.Replace(Run("claims", "import", json).Out, @"\s+", " "); // The line wraps at 80 columns.
        Assert.Contains($"{json} item 2: grade: is required, e.g. B2", text, StringComparison.Ordinal);
    }
}
