// Detection quality of the count CUSUM (bench/README.md, "Detection quality"):
//   dotnet bench/Detection/bin/Release/net10.0/Detection.dll [SEED] [CHANGES] [IN_CONTROL_YEARS]
// SEED (default 1) fixes every number; each change is simulated CHANGES times per rule (default
// 20000); false-alarm rates come from IN_CONTROL_YEARS years of in-control counts per baseline
// (default 50000). Prints markdown tables to stdout and the run time to stderr.
using System.Diagnostics;
using System.Globalization;
using Detection;
using KhorasanWatch.Analysis.Statistics;

var seed = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
var changes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
var inControlYears = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50_000;
double[] ratios = [1.5, 2, 3];

// ISKP-like attack counts. The over-dispersed model has size r = λ0, so its variance is twice its
// mean at baseline; the change multiplies the mean and keeps r (the campaign rate is scaled).
(Cadence Cadence, CountDistribution Baseline)[] baselines =
[
    (Cadence.Monthly, CountDistribution.Poisson(10)),
    (Cadence.Monthly, CountDistribution.NegativeBinomial(10, 10)),
    (Cadence.Monthly, CountDistribution.Poisson(3)),
    (Cadence.Monthly, CountDistribution.NegativeBinomial(3, 3)),
    (Cadence.Weekly, CountDistribution.Poisson(2.5)),
    (Cadence.Weekly, CountDistribution.NegativeBinomial(2.5, 2.5)),
];

var clock = Stopwatch.StartNew();
var study = new Study(changes, inControlYears);

// Each baseline has its own seed, so the baselines can run in parallel and still give the same table.
var results = baselines
    .Select((b, i) => (b, Seed: (seed * 1000) + (i * 10)))
    .AsParallel()
    .AsOrdered()
    .SelectMany(x => study.Run(x.b.Cadence, x.b.Baseline, ratios, x.Seed).ToList())
    .ToList();

var output = Console.Out;
output.WriteLine($"Seed {seed}; {changes:N0} simulated changes per rule and scenario; false alarms from {inControlYears:N0} in-control years per baseline.");
output.WriteLine();
output.WriteLine("### CUSUM against the optimum, in-control run length five years (60 months, 260 weeks)");
output.WriteLine();
Tables.Optimum(output, results);
output.WriteLine();
output.WriteLine("### CUSUM against the naive rule at equal false alarms");
output.WriteLine();
Tables.Naive(output, results);
output.WriteLine();
output.WriteLine("### Why the negative-binomial CUSUM: a Poisson CUSUM (designed for five years) on over-dispersed counts");
output.WriteLine();
Tables.Misspecified(output, results);
output.WriteLine();
output.WriteLine(Legend.Text);
Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s");
