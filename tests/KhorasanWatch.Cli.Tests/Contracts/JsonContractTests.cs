using KhorasanWatch.Cli.Tests.Commands;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Contracts;

/// <summary>
/// Every JSON contract the CLI prints, byte for byte against the file it printed on the shipped
/// sample before the contracts became records (Contracts/Golden, written by that build). A change to
/// a contract must be meant: rerun with KWATCH_GOLDEN_UPDATE=1 to rewrite the files, and review the
/// diff as the change of contract it is (fields may be added, never renamed or dropped).
/// </summary>
public sealed partial class JsonContractTests : IClassFixture<JsonContractTests.Store>
{
    private readonly Store _store;

    public JsonContractTests(Store store) => _store = store;

    public static TheoryData<string, string> Documents => new()
    {
        { "indicators-year.json", "indicators --period year" },
        { "indicators-window.json", "indicators --period window --from 2021-01-01 --to 2021-04-30" },
        { "warnings.json", "warnings" },
        { "warnings-week-2019.json", "warnings --cadence week --as-of 2019-06-30" },
        { "ach-show.json", "ach show" },
        { "ach-score.json", "ach score" },
        { "claims-manpower.json", "claims list --subject manpower" },
        { "series-manpower-quarter.json", "claims series manpower --by quarter" },
        { "backtest-1-month-from-2019.json", "backtest --horizon 1 --from 2019-01-01" },
        { "events-summary.json", "events --actor iskp --summary" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheJson_IsTheContractsFile_ByteForByte(string file, string command)
    {
        var run = CliRun.Of([.. command.Split(' '), "--format", "json", "--db", _store.Db]);
        Assert.True(run.ExitCode == 0, run.Error);
        Compare(file, command + " --format json", run.Out);
    }

    private static void Compare(string file, string command, string actual)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "KhorasanWatch.Cli.Tests", "Contracts", "Golden", file);
        if (Environment.GetEnvironmentVariable("KWATCH_GOLDEN_UPDATE") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var expected = File.ReadAllText(path);
        if (actual != expected)
        {
            var at = Enumerable.Range(0, Math.Min(actual.Length, expected.Length)).FirstOrDefault(i => actual[i] != expected[i], Math.Min(actual.Length, expected.Length));
            var line = expected[..Math.Min(at, expected.Length)].Count(c => c == '\n') + 1;
            Assert.Fail($"kwatch {command} differs from Golden/{file} at line {line}: expected …{Around(expected, at)}…, got …{Around(actual, at)}…");
        }
    }

    /// <summary>
    /// The documents that write down a load: the ingest report, the claims import and a claim's
    /// versions, compared with the repository's path, the seconds and the time of recording masked.
    /// </summary>
    [Fact]
    public void TheLoadReports_AreTheContractsFiles_ByteForByte()
    {
        using var temp = new TempFolder();
        var db = temp.File("k.db");
        Same("ingest-sample.json", "ingest --json", CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", db, "--json"));
        Same("claims-import.json", "claims import --format json", CliRun.Of("claims", "import", Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv"), "--db", db, "--format", "json"));
        Same("claims-show.json", "claims show --format json", CliRun.Of("claims", "show", "seed-2021-iskp-manpower-2000-plus", "--db", db, "--format", "json"));
    }

    private static void Same(string file, string command, CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        Compare(file, command, Masked().Replace(run.Out.Replace(RepoPaths.Root, "REPO", StringComparison.Ordinal), m => m.Groups[1].Success ? m.Groups[1].Value + "0" : m.Groups[2].Value + "\"T\""));
    }

    [System.Text.RegularExpressions.GeneratedRegex("(\"seconds\": )[0-9.]+|(\"recorded_at\": )\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex Masked();

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40));

    /// <summary>One sample store for every document.</summary>
    public sealed class Store : IDisposable
    {
        private readonly SampleStore _sample = new();

        public string Db => _sample.Db;

        public void Dispose() => _sample.Dispose();
    }
}
