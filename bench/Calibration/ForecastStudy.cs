using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Calibration;

/// <summary>
/// Known truth for <c>kwatch backtest</c> (bench/README.md, "Forecasts"): simulated ISKP attack
/// histories, 2015–2024, from four processes — Poisson, negative binomial (size 1.5), a Hawkes
/// process with branching ratio 0.5 (exponential delays, mean 15 days) and a drifting log-rate
/// (a random walk, 0.15 a month) — each store with its own rate, 0.1 to 10 attacks a month, its
/// own share of mass-casualty attacks, 2 to 50 %, and of attacks abroad, 1 to 30 % (each
/// log-uniform: rates over three orders of magnitude, as the questions' real rates are). Each store goes through the
/// real <c>kwatch ingest</c> and <c>kwatch backtest --format json</c>; the tables pool the chosen
/// models' reliability bins over stores and questions, and the CRPS of the count forecasts.
/// </summary>
internal static class ForecastStudy
{
    private static readonly DateOnly Burn = new(2013, 1, 1);
    private static readonly DateOnly First = new(2015, 1, 1);
    private static readonly DateOnly Last = new(2024, 12, 31);
    private static readonly string[] Processes = ["poisson", "negative_binomial", "hawkes", "drifting"];

    public static void Run(int stores, int seed, int[] horizons)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kwatch-forecasts-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"## Forecasts: {stores} stores per process, seed {seed}\n");
        foreach (var horizon in horizons)
        {
            foreach (var process in Processes.Where(p => Environment.GetEnvironmentVariable("FORECASTS_PROCESS") is not { Length: > 0 } only || p == only))
            {
                var runs = new JsonDocument[stores];
                Parallel.For(0, stores, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                    runs[i] = Once(process, (seed * 100_000) + (Array.IndexOf(Processes, process) * 1_000) + i, horizon, folder));
                Print(process, horizon, runs);
                Console.Error.WriteLine($"{process}, horizon {horizon}: {stores} stores, {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        Directory.Delete(folder, recursive: true);
        Console.Error.WriteLine($"done in {clock.Elapsed.TotalMinutes:0.0} min");
    }

    private static JsonDocument Once(string process, int seed, int horizon, string folder)
    {
        var csv = Path.Combine(folder, $"f-{seed}.csv");
        var db = Path.Combine(folder, $"f-{seed}.db");
        File.Delete(db);
        // A drifting rate can fall to nothing; `kwatch` rightly refuses a store without the actor's
        // events, so such a history is drawn again from the next seed (counted on stderr).
        var random = new Random(seed);
        var days = Simulate(process, random).Where(d => d >= First && d <= Last).ToList();
        for (var retry = 1; days.Count == 0; retry++)
        {
            Console.Error.WriteLine($"  {process} #{seed}: no attack in the history, drawn again ({retry})");
            random = new Random(seed + (7_919 * retry));
            days = Simulate(process, random).Where(d => d >= First && d <= Last).ToList();
        }

        var (massCasualty, abroad) = (LogUniform(random, 0.02, 0.5), LogUniform(random, 0.01, 0.3));
        History.WriteAttacks(days.Select(d => (d, random.NextDouble() < massCasualty ? 10 + random.Next(30) : random.Next(10), random.NextDouble() < abroad)), Last, seed, csv);
        Calibration.Run.Kwatch(["ingest", csv, "--db", db, "--json"]);
        var json = JsonDocument.Parse(Calibration.Run.Kwatch(["backtest", "--db", db, "--horizon", horizon.ToString(CultureInfo.InvariantCulture), "--format", "json"]));
        File.Delete(csv);
        File.Delete(db);
        return json;
    }

    /// <summary>The attack days of one simulated history from <see cref="Burn"/> to <see cref="Last"/>.</summary>
    private static List<DateOnly> Simulate(string process, Random random)
    {
        var rate = LogUniform(random, 0.1, 10); // Attacks a month.
        var days = new List<DateOnly>();
        var months = ((Last.Year - Burn.Year) * 12) + Last.Month - Burn.Month + 1;
        if (process == "hawkes")
        {
            // Cluster form: immigrants at (1 − 0.5) of the rate, each event begetting Poisson(0.5) more after Exp(15 days).
            var span = Last.DayNumber - Burn.DayNumber + 1;
            var queue = new Queue<double>();
            for (var n = History.Poisson(random, rate * 0.5 * span / 30.4375); n > 0; n--)
            {
                queue.Enqueue(random.NextDouble() * span);
            }

            while (queue.Count > 0)
            {
                var t = queue.Dequeue();
                if (t >= span)
                {
                    continue;
                }

                days.Add(Burn.AddDays((int)t));
                for (var k = History.Poisson(random, 0.5); k > 0; k--)
                {
                    queue.Enqueue(t - (15 * Math.Log(1 - random.NextDouble())));
                }
            }

            return days;
        }

        var logRate = Math.Log(rate);
        for (var m = 0; m < months; m++)
        {
            var first = Burn.AddMonths(m);
            var mean = process == "drifting" ? Math.Clamp(Math.Exp(logRate), 0.001, 30) : rate;
            var count = process == "negative_binomial" ? History.Poisson(random, History.Gamma(random, 1.5) * mean / 1.5) : History.Poisson(random, mean);
            for (var i = 0; i < count; i++)
            {
                days.Add(first.AddDays(random.Next(DateTime.DaysInMonth(first.Year, first.Month))));
            }

            logRate += 0.15 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        return days;
    }

    private static double LogUniform(Random random, double low, double high) => Math.Exp(Math.Log(low) + (random.NextDouble() * Math.Log(high / low)));

    private static void Print(string process, int horizon, JsonDocument[] runs)
    {
        var forecasts = runs.SelectMany(r => r.RootElement.GetProperty("forecasts").EnumerateArray()).ToList();
        var origins = runs.Sum(r => r.RootElement.GetProperty("origins").GetInt32());
        Console.WriteLine($"### {process}, horizon {horizon} months: {runs.Length} stores, {origins} origins per question\n");
        var chosen = forecasts.GroupBy(f => f.GetProperty("id").GetString() + (f.GetProperty("kind").GetString() == "count" ? " (count)" : ""))
            .Select(g => $"{g.Key}: " + string.Join(", ", g.GroupBy(f => f.GetProperty("chosen_model").GetString()).OrderByDescending(c => c.Count()).Select(c => $"{c.Key} {c.Count()}")));
        Console.WriteLine("Chosen models: " + string.Join("; ", chosen) + ".\n");

        // Reliability of the chosen models, pooled over stores and the three probability questions.
        PrintReliability(forecasts, f => f.GetProperty("chosen_model").GetString()!);
        if (Environment.GetEnvironmentVariable("FORECASTS_BY_QUESTION") == "1")
        {
            foreach (var id in new[] { "pace", "mass_casualty", "abroad" })
            {
                Console.WriteLine($"\nReliability of the chosen models for {id}:");
                PrintReliability(forecasts.Where(f => f.GetProperty("id").GetString() == id).ToList(), f => f.GetProperty("chosen_model").GetString()!);
            }
        }
        if (Environment.GetEnvironmentVariable("FORECASTS_EACH_MODEL") == "1")
        {
            foreach (var id in new[] { "climatology", "bootstrap_12", "gamma_poisson_12", "negative_binomial", "self_exciting", "local_level" })
            {
                Console.WriteLine($"\nReliability of {id} everywhere:");
                PrintReliability(forecasts, _ => id);
            }
        }

        PrintCrps(runs, forecasts);
    }

    private static void PrintReliability(List<JsonElement> forecasts, Func<JsonElement, string> modelOf)
    {
        var bins = new SortedDictionary<double, (double N, double Forecast, double Observed)>();
        var only = Environment.GetEnvironmentVariable("FORECASTS_QUESTION");
        foreach (var f in forecasts.Where(f => f.GetProperty("kind").GetString() == "probability" && (only is null || f.GetProperty("id").GetString() == only)))
        {
            var model = Model(f, modelOf(f));
            foreach (var b in model.GetProperty("reliability").EnumerateArray())
            {
                var (low, n) = (b.GetProperty("low").GetDouble(), b.GetProperty("count").GetInt32());
                var s = bins.GetValueOrDefault(low);
                bins[low] = (s.N + n, s.Forecast + (n * b.GetProperty("mean_forecast").GetDouble()), s.Observed + (n * b.GetProperty("observed").GetDouble()));
            }
        }

        Console.WriteLine("| forecast bin | forecasts | mean forecast | came true | gap (points) | within ±5 (n ≥ 100) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var (low, s) in bins)
        {
            var gap = 100 * ((s.Observed / s.N) - (s.Forecast / s.N));
            Console.WriteLine($"| {low * 100:0}–{(low * 100) + 10:0} % | {s.N:0} | {100 * s.Forecast / s.N:0.0} % | {100 * s.Observed / s.N:0.0} % | {gap:+0.0;-0.0;0.0} | {(s.N < 100 ? "n < 100" : Math.Abs(gap) <= 5 ? "yes" : "**no**")} |");
        }

        var judged = bins.Values.Where(b => b.N >= 100).ToList();
        var within = judged.Count(b => Math.Abs((b.Observed - b.Forecast) / b.N) <= 0.05);
        Console.WriteLine($"\nCalibrated (every bin with ≥ 100 forecasts within ±5 points): **{(within == judged.Count ? "met" : "not met")}**, {within} of {judged.Count} bins.");

    }

    private static void PrintCrps(JsonDocument[] runs, List<JsonElement> forecasts)
    {
        // CRPS of the count forecasts, pooled over origins: each model, and the chosen one, against every baseline.
        var counts = forecasts.Where(f => f.GetProperty("kind").GetString() == "count").ToList();
        var total = new Dictionary<string, double>();
        double chosenTotal = 0;
        foreach (var f in counts)
        {
            var n = runs.First(r => r.RootElement.GetProperty("forecasts").EnumerateArray().Contains(f)).RootElement.GetProperty("origins").GetInt32();
            foreach (var m in f.GetProperty("models").EnumerateArray())
            {
                total[m.GetProperty("model").GetString()!] = total.GetValueOrDefault(m.GetProperty("model").GetString()!) + (n * m.GetProperty("score").GetDouble());
            }

            chosenTotal += n * Model(f, f.GetProperty("chosen_model").GetString()!).GetProperty("score").GetDouble();
        }

        var baselines = new[] { "zero", "last_observed", "climatology", "bootstrap_12", "gamma_poisson_12" };
        Console.WriteLine($"\n| CRPS skill of the attack count against | {string.Join(" | ", baselines)} |");
        Console.WriteLine($"|---|{string.Join("", baselines.Select(_ => "---:|"))}");
        foreach (var (name, sum) in new[] { ("chosen model", chosenTotal), ("negative_binomial", total["negative_binomial"]), ("self_exciting", total["self_exciting"]), ("local_level", total["local_level"]), ("gamma_poisson_12", total["gamma_poisson_12"]) })
        {
            Console.WriteLine($"| {name} | {string.Join(" | ", baselines.Select(b => name == b ? "—" : $"{100 * (1 - (sum / total[b])):0.0} %"))} |");
        }

        Console.WriteLine();
    }

    private static JsonElement Model(JsonElement forecast, string id) =>
        forecast.GetProperty("models").EnumerateArray().First(m => m.GetProperty("model").GetString() == id);
}
