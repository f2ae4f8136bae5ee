using System.Globalization;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Fuzz.Tests;

/// <summary>
/// The short run of the fuzzing harness, part of every <c>dotnet test</c>: <see cref="DefaultCases"/>
/// mutated files per reader. The long run is the same test with more cases (docs/fuzzing.md):
/// <c>FUZZ_CASES=10000 FUZZ_SEED=2 dotnet test tests/KhorasanWatch.Fuzz.Tests -c Release</c>.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 2_000;

    public static TheoryData<string> Targets => new(FuzzTarget.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public void NoMutatedFile_CrashesHangsOrIsRefusedWithoutNamingIt(string name)
    {
        var target = FuzzTarget.All.Single(t => t.Name == name);
        var cases = Math.Max(1, Setting("FUZZ_CASES", DefaultCases) / target.CostFactor);
        var seed = Setting("FUZZ_SEED", 1);
        var failures = Environment.GetEnvironmentVariable("FUZZ_OUT") is { Length: > 0 } o ? o : Path.Combine(Path.GetTempPath(), "kwatch-fuzz-failures");
        using var temp = new TempFolder();
        var harness = new FuzzHarness(temp.Path, failures, TimeSpan.FromSeconds(10));

        var summary = harness.Run(target, cases, seed, hugeBytes: Setting("FUZZ_HUGE_BYTES", 1 << 20), verbsEvery: Setting("FUZZ_VERBS_EVERY", 40));

        output.WriteLine($"{summary.Target}: {summary.Cases} cases (seed {seed}), {summary.Accepted} accepted, {summary.Refused} refused in one line, {summary.Failures.Count} failures, {summary.Elapsed.TotalSeconds:0.0} s");
        foreach (var f in summary.Failures.Take(20))
        {
            output.WriteLine($"  case {f.Case}: {f.What} ({f.Input})");
        }

        if (summary.Failures.Count > 0)
        {
            Assert.Fail($"{summary.Failures.Count} of {cases} {name} cases failed; the first: case {summary.Failures[0].Case}: {summary.Failures[0].What}; inputs kept in {failures}");
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
}
