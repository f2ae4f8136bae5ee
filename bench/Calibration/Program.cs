using System.Diagnostics;
using System.Globalization;
using Calibration;

// Calibration of `kwatch warnings` end to end (bench/README.md, "Calibration").
//   Calibration RUNS KEY_RUNS CHANGE_RUNS [SEED]
// Null scenarios get RUNS stores each, the four the issue names (variance 2× the mean, 1 and 3
// attacks a month, before and after the takeover) KEY_RUNS; change scenarios CHANGE_RUNS.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length > 0 && args[0] == "diagnose")
{
    Diagnose.Run(double.Parse(args[1], CultureInfo.InvariantCulture), double.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture), args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 2);
    return;
}

if (args.Length > 0 && args[0] == "forecasts")
{
    // Calibration forecasts [STORES] [SEED] [HORIZONS]: bench/README.md, "Forecasts".
    ForecastStudy.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 12,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1,
        (args.Length > 3 ? args[3] : "3").Split(',').Select(h => int.Parse(h, CultureInfo.InvariantCulture)).ToArray());
    return;
}

int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var runs = Arg(0, 300);
var keyRuns = Arg(1, 1500);
var changeRuns = Arg(2, 300);
var seed = Arg(3, 1);
var folder = Path.Combine(Path.GetTempPath(), $"kwatch-calibration-{Environment.ProcessId}");
Directory.CreateDirectory(folder);

var after = new DateOnly(2024, 6, 30);
var before = new DateOnly(2019, 12, 31);
var across = new DateOnly(2022, 3, 31);
var nulls = new List<Scenario>();
foreach (var v in new[] { 1.0, 2.0, 4.0 })
{
    foreach (var mean in new[] { 0.3, 1.0, 3.0, 10.0 })
    {
        nulls.Add(new Scenario($"null μ={mean} v={v}", mean, v, after, Key: v == 2 && mean is 1 or 3));
    }
}

nulls.Add(new Scenario("null μ=3 v=2, as of 2019-12", 3, 2, before, Key: true));
nulls.Add(new Scenario("null μ=3 v=2, across 2021-08-15", 3, 2, across, Key: true));
nulls.Add(new Scenario("null μ=1 v=2, rare places+abroad", 1, 2, after, RarePlaces: true));
nulls.Add(new Scenario("null μ=3 v=2, rare places+abroad", 3, 2, after, RarePlaces: true));
var changes = new List<Scenario>();
foreach (var mean in new[] { 1.0, 3.0, 10.0 })
{
    changes.Add(new Scenario($"×2 last 6 months μ={mean} v=2", mean, 2, after, Change.DoubleLast6Months));
    changes.Add(new Scenario($"×2 last 3 months μ={mean} v=2", mean, 2, after, Change.DoubleLast3Months));
}

changes.Add(new Scenario("first attack in a new country μ=3 v=2", 3, 2, after, Change.NewCountry));
changes.Add(new Scenario("target mix → all Shia, last quarter μ=3 v=2", 3, 2, after, Change.TargetShift));

// CALIBRATION_ONLY=text keeps the scenarios whose names hold it (and the nulls the changes are matched to).
if (Environment.GetEnvironmentVariable("CALIBRATION_ONLY") is { Length: > 0 } only)
{
    changes.RemoveAll(c => !c.Name.Contains(only, StringComparison.Ordinal));
    nulls.RemoveAll(n => !n.Name.Contains(only, StringComparison.Ordinal) && !changes.Any(c => c.Mean == n.Mean && c.VarianceRatio == n.VarianceRatio && c.AsOf == n.AsOf && !n.RarePlaces && n.Name.StartsWith("null μ=", StringComparison.Ordinal) && !n.Name.Contains(',')));
}

var clock = Stopwatch.StartNew();
var results = new Dictionary<Scenario, RunOutcome[]>();
foreach (var s in nulls.Concat(changes))
{
    var n = s.IsNull ? (s.Key ? keyRuns : runs) : changeRuns;
    var outcomes = new RunOutcome[n];
    var offset = seed * 1_000_000 + results.Count * 10_000;
    Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => outcomes[i] = Run.Once(s, offset + i, folder));
    results[s] = outcomes;
    Console.Error.WriteLine($"{s.Name}: {n} stores, {clock.Elapsed.TotalSeconds:0} s");
}

Directory.Delete(folder, recursive: true);
Tables.Print(nulls, changes, results, seed);
Console.Error.WriteLine($"done in {clock.Elapsed.TotalMinutes:0.0} min");
