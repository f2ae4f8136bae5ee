using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Assessment;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;

// bench/Reads: the in-process half of bench/reads.sh (bench/README.md, "Reads").
//   Reads stages STORE [ROUNDS]      where the time of a read goes, stage by stage, in this process
//   Reads duckdb CSV DUCKDB [ROUNDS] DuckDB answering the same quarterly counts over the same events
return args switch
{
    ["stages", var store, .. var rest] => Stages(store, Rounds(rest)),
    ["duckdb", var csv, var file, .. var rest] => Duck(csv, file, Rounds(rest)),
    _ => Usage(),
};

static int Rounds(string[] rest) => rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5;

static int Usage()
{
    Console.Error.WriteLine("usage: Reads stages STORE [ROUNDS] | Reads duckdb CSV DUCKDB_FILE [ROUNDS]");
    return 2;
}

// Each stage's median over the rounds after the first (the first pays for the JIT and the page cache).
static int Stages(string path, int rounds)
{
    var times = new Dictionary<string, List<double>>();
    void Time(string stage, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        (times.TryGetValue(stage, out var list) ? list : times[stage] = []).Add(watch.Elapsed.TotalMilliseconds);
    }

    var rules = IndicatorRules.Iskp;
    var quarters = Periods.Covering(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), PeriodKind.Quarter);
    int watched = 0, strikes = 0;
    for (var round = 0; round <= rounds; round++)
    {
        SqliteEventStore? store = null;
        WatchData? data = null;
        Time("open the store", () => store = SqliteEventStore.OpenReadOnly(path));
        Time("the watched actor's events", () => watched = store!.Events(new EventQuery(WatchedOnly: true)).Count());
        Time("the air strikes the rules watch", () => strikes = store!.Events(new EventQuery(Country: rules.StrikeCountry, AnyActorIds: [.. rules.StrikeActorIds], AirStrikesOnly: true)).Count());
        Time("sources per year", () => store!.Sources());
        Time("WatchData.Load (the snapshot; without one, all of the above classified and made distinct)", () => data = WatchData.Load(store!, WatchProfile.Iskp, "iskp", rules));
        Time("indicators, 2021 by quarter", () => IndicatorCalculator.Compute(data!.Events, quarters, new Region(), rules, data.CoverageStart));
        Time("warnings (1,999 replicates)", () => WarningDetector.Detect(data!.Events, data.LastEvent!.Value, data.CoverageStart, new Region(), rules, new WarningOptions()));
        Time("the report's track record (rolling backtest)", () =>
        {
            var events = data!.Events.ToList();
            var end = StoreBacktest.DataEnd(data);
            ForecastJudgment.TrackRecord(events, StoreBacktest.Questions(rules), data.CoverageStart, end);
        });
        store!.Dispose();
        if (round == 0)
        {
            times.Clear();
        }
    }

    Console.WriteLine($"store: {watched:N0} events of the watched actor, {strikes:N0} air strikes by the rules' actors in {rules.StrikeCountry}; median of {rounds} warm rounds");
    Console.WriteLine("| stage | ms |");
    Console.WriteLine("|---|---:|");
    foreach (var (stage, list) in times)
    {
        Console.WriteLine($"| {stage} | {Median(list):0.0} |");
    }

    return 0;
}

// The same question as `kwatch indicators --period quarter --from 2021-01-01 --to 2021-12-31`'s
// event counts: events naming ISKP as an actor with certain attribution ("X and/or ISKP" is
// uncertain), per quarter of 2021, over the same generated ACLED file, loaded once into DuckDB.
static int Duck(string csv, string file, int rounds)
{
    using var connection = new DuckDBConnection($"Data Source={file}");
    connection.Open();
    var load = Stopwatch.StartNew();
    var loaded = Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'acled'") > 0;
    if (!loaded)
    {
        Execute(connection, $"""
            CREATE TABLE acled AS
            SELECT event_id_cnty, coalesce(try_strptime(event_date, '%Y-%m-%d'), try_strptime(event_date, '%d %B %Y'))::DATE AS day,
                   actor1, assoc_actor_1, actor2, assoc_actor_2, country
            FROM read_csv('{csv.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true)
            """);
    }

    var loadSeconds = load.Elapsed.TotalSeconds;
    const string Query = """
        SELECT quarter(day) AS q, count(*) FROM acled
        WHERE day BETWEEN DATE '2021-01-01' AND DATE '2021-12-31'
          AND list_has_any([actor1, assoc_actor_1, actor2, assoc_actor_2], ['Islamic State Khorasan Province (ISKP)'])
        GROUP BY q ORDER BY q
        """;
    var times = new List<double>();
    var answer = "";
    for (var round = 0; round <= rounds; round++)
    {
        var watch = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = Query;
        using var reader = command.ExecuteReader();
        var parts = new List<string>();
        while (reader.Read())
        {
            parts.Add($"Q{reader.GetInt64(0)} {reader.GetInt64(1)}");
        }

        answer = string.Join(", ", parts);
        if (round > 0)
        {
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    Console.WriteLine($"duckdb: {(loaded ? "table loaded before" : $"loaded the CSV in {loadSeconds:0.0} s")}; 2021 by quarter: {answer}; median of {rounds}: {Median(times):0.0} ms");
    return 0;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static long Scalar(DuckDBConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
}

static void Execute(DuckDBConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}
