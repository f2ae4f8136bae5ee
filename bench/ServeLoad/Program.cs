using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

// Drives a running `kwatch serve` with bounded concurrency for a bounded time per page, and prints
// the first request's time, then the latency percentiles and the errors (any answer but 200, or a
// failed request) of each.
//
//   dotnet ServeLoad.dll BASE_URL [SECONDS=20] [CONCURRENCY=4]
//
// The pages: the Overview; the Events list's first page; a deep page of a filtered list (the
// watched actor's attacks in Afghanistan, 20 pages in, reached by following the API's cursors
// first); and Event pages, cycling through 200 events of that list.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: ServeLoad BASE_URL [SECONDS] [CONCURRENCY]");
    return 2;
}

var site = args[0].TrimEnd('/');
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
using var http = new HttpClient { BaseAddress = new Uri(site + "/"), Timeout = TimeSpan.FromSeconds(60) };

const string Filter = "actor=iskp&country=AFG&role=perpetrator";
var ids = new List<string>();
string? cursor = null;
for (var page = 0; page < 20; page++)
{
    using var doc = JsonDocument.Parse(await http.GetStringAsync($"api/v1/events?{Filter}&limit=50{(cursor is null ? "" : "&cursor=" + cursor)}"));
    ids.AddRange(doc.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
    cursor = doc.RootElement.GetProperty("next_cursor").GetString();
    if (cursor is null)
    {
        break;
    }
}

if (ids.Count == 0)
{
    Console.Error.WriteLine("the store lists no ISKP attacks in Afghanistan: nothing to drive");
    return 2;
}

var deep = cursor is null ? $"events?{Filter}" : $"events?{Filter}&cursor={cursor}";
var targets = new (string Name, Func<int, string> Path, double TargetMs)[]
{
    ("Overview /", _ => "", 100),
    ("Events, first page", _ => "events", 100),
    ($"Events, filtered, page {(cursor is null ? "last" : "21")}", _ => deep, 100),
    ("Event /events/{id}", i => "events/" + Uri.EscapeDataString(ids[i % Math.Min(200, ids.Count)]), 50),
};

Console.WriteLine($"{seconds} s per page after 2 s of warm-up, {concurrency} requests at a time, {Environment.ProcessorCount} cores");
Console.WriteLine();
Console.WriteLine("| page | first request ms | requests | errors | p50 ms | p95 ms | p99 ms | max ms | p95 target | met |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
var allMet = true;
foreach (var (name, path, targetMs) in targets)
{
    // The first request of a page computes what the server then keeps for the store's generation.
    var first = Stopwatch.StartNew();
    using (await http.GetAsync(path(0)))
    {
    }

    var firstMs = first.Elapsed.TotalMilliseconds;
    await Drive(http, path, concurrency, TimeSpan.FromSeconds(2), new List<double>(), new int[1]);
    var latencies = new List<double>();
    var errors = new int[1];
    await Drive(http, path, concurrency, TimeSpan.FromSeconds(seconds), latencies, errors);
    latencies.Sort();
    var p95 = Percentile(latencies, 0.95);
    var met = errors[0] == 0 && p95 <= targetMs;
    allMet &= met;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {firstMs:0} | {latencies.Count} | {errors[0]} | {Percentile(latencies, 0.50):0.0} | {p95:0.0} | {Percentile(latencies, 0.99):0.0} | {(latencies.Count == 0 ? 0 : latencies[^1]):0.0} | ≤ {targetMs} | {(met ? "yes" : "no")} |"));
}

return allMet ? 0 : 1;

static async Task Drive(HttpClient http, Func<int, string> path, int concurrency, TimeSpan length, List<double> latencies, int[] errors)
{
    var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
    var next = -1;
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (Stopwatch.GetTimestamp() < until)
        {
            var started = Stopwatch.GetTimestamp();
            var ok = false;
            try
            {
                using var response = await http.GetAsync(path(Interlocked.Increment(ref next)), HttpCompletionOption.ResponseContentRead);
                ok = (int)response.StatusCode == 200;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (latencies)
            {
                latencies.Add(ms);
                if (!ok)
                {
                    errors[0]++;
                }
            }
        }
    });
    await Task.WhenAll(workers);
}

static double Percentile(List<double> sorted, double q) =>
    sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
