using KhorasanWatch.Cli.Tests.Commands;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Contracts;

/// <summary>
/// Every JSON contract the CLI prints, byte for byte against the file it printed on the shipped
/// sample before the contracts became records (Contracts/Golden, written by that build). A change to
/// a contract must be meant: rerun with KWATCH_GOLDEN_UPDATE=1 to rewrite the files, and review the
/// diff as the change of contract it is (fields may be added, never renamed or dropped).
/// </summary>
public sealed class JsonContractTests : IClassFixture<JsonContractTests.Store>
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
        var path = Path.Combine(RepoPaths.Root, "tests", "KhorasanWatch.Cli.Tests", "Contracts", "Golden", file);
        if (Environment.GetEnvironmentVariable("KWATCH_GOLDEN_UPDATE") == "1")
        {
            File.WriteAllText(path, run.Out);
        }

        var expected = File.ReadAllText(path);
        if (run.Out != expected)
        {
            var at = Enumerable.Range(0, Math.Min(run.Out.Length, expected.Length)).FirstOrDefault(i => run.Out[i] != expected[i], Math.Min(run.Out.Length, expected.Length));
            var line = expected[..Math.Min(at, expected.Length)].Count(c => c == '\n') + 1;
            Assert.Fail($"kwatch {command} --format json differs from Golden/{file} at line {line}: expected …{Around(expected, at)}…, got …{Around(run.Out, at)}…");
        }
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40));

    /// <summary>One sample store for every document.</summary>
    public sealed class Store : IDisposable
    {
        private readonly SampleStore _sample = new();

        public string Db => _sample.Db;

        public void Dispose() => _sample.Dispose();
    }
}
