using System.Diagnostics;
using System.Globalization;
using KhorasanWatch.TestSupport;
using Microsoft.Data.Sqlite;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// Crash and concurrency (issue 13, item 4): real <c>kwatch ingest</c> processes killed at random
/// points, and two run at once into one store. After each kill the store passes SQLite's
/// integrity check and holds exactly the events of before the file or of after it; two ingests at
/// once both succeed (the second waits for the first) and nothing is lost or duplicated.
/// <c>KWATCH_KILLS</c> sets the number of runs (default 12; <c>bench/kills.sh</c> runs 100).
/// </summary>
public sealed class StoreCrashTests(ITestOutputHelper output)
{
    private const int RowsPerFile = 20_000;

    [Fact]
    public void KillsAtRandomPoints_LeaveTheStoreAsBeforeOrAfterTheFile()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("KWATCH_KILLS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) && k > 0 ? k : 12;
        using var temp = new TempFolder();
        var db = temp.File("k.db");
        Assert.Equal(0, CliRun.Of("ingest", temp.Write("first.csv", Text(new Row("AFG0"))), "--db", db).ExitCode);
        var random = new Random(20_261_203);
        var outcomes = new List<string>();
        for (var kill = 0; kill < kills; kill++)
        {
            var before = Count(db);
            var file = temp.Write($"f{kill}.csv", Text(Enumerable.Range(0, RowsPerFile).Select(i => new Row($"K{kill}X{i}", Notes: $"Event {i} of file {kill}, with a note long enough to look like ACLED's."))));
            using var process = Process.Start(Kwatch("ingest", file, "--db", db))!; // Start returns null only for shell-executed documents
            // From just after start-up to about the time a 20,000-row ingest takes here, so nearly every run is killed.
            var delay = random.Next(50, 1_500);
            var killed = !process.WaitForExit(delay);
            if (killed)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            Assert.Equal("ok", Integrity(db));
            var after = Count(db);
            Assert.True(after == before || after == before + RowsPerFile, $"run {kill} after {delay} ms: {after} events, expected {before} or {before + RowsPerFile}");
            outcomes.Add(!killed ? "finished" : after == before ? "killed before" : "killed after");
        }

        output.WriteLine($"{kills} runs: {outcomes.Count(o => o == "killed before")} killed before the commit (store as before the file), " +
            $"{outcomes.Count(o => o == "killed after")} killed after it (store as after), {outcomes.Count(o => o == "finished")} finished first; integrity_check ok every time");

        // The kills must have landed before the commit, or the test proved little.
        Assert.Contains("killed before", outcomes);
        Assert.Equal(0, CliRun.Of("indicators", "--db", db, "--period", "year").ExitCode);
    }

    [Fact]
    public async Task TwoIngestsAtOnce_BothLand_AndNothingIsLostOrDuplicated()
    {
        using var temp = new TempFolder();
        var db = temp.File("k.db");
        Assert.Equal(0, CliRun.Of("ingest", temp.Write("first.csv", Text(new Row("AFG0"))), "--db", db).ExitCode);
        var a = temp.Write("a.csv", Text(Enumerable.Range(0, RowsPerFile).Select(i => new Row($"A{i}"))));
        var b = temp.Write("b.csv", Text(Enumerable.Range(0, RowsPerFile).Select(i => new Row($"B{i}")).Append(new Row("A7")))); // One id both files hold.

        using var first = Process.Start(Kwatch("ingest", a, "--db", db))!;
        using var second = Process.Start(Kwatch("ingest", b, "--db", db))!;
        var errors = await Task.WhenAll(first.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken), second.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        await first.WaitForExitAsync(TestContext.Current.CancellationToken);
        await second.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(first.ExitCode == 0, errors[0]);
        Assert.True(second.ExitCode == 0, errors[1]);
        Assert.Equal("ok", Integrity(db));
        Assert.Equal(1 + (2 * RowsPerFile), Count(db));
    }

    [Fact]
    public void AStoreHeldByAnotherWriterPastTheBusyTimeout_IsRefusedInOneLine()
    {
        using var temp = new TempFolder();
        var db = temp.File("k.db");
        Assert.Equal(0, CliRun.Of("ingest", temp.Write("first.csv", Text(new Row("AFG0"))), "--db", db).ExitCode);
        using var holder = new SqliteConnection($"Data Source={db};Pooling=False");
        holder.Open();
        using var hold = holder.BeginTransaction(deferred: false); // Another writer's lock (RESERVED), held throughout.

        var run = CliRun.Of("ingest", temp.Write("second.csv", Text(new Row("AFG1"))), "--db", db);
        var read = CliRun.Of("events", "--db", db); // Readers are not kept out by a writer that has not committed.

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"the store is busy: another program (another kwatch ingest?) has held it for more than {Storage.Sqlite.SqliteEventStore.BusySeconds} s", Assert.Single(run.Error.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.Equal(0, read.ExitCode);
    }

    private static ProcessStartInfo Kwatch(params string[] args) =>
        new("dotnet", [Path.Combine(AppContext.BaseDirectory, "kwatch.dll"), .. args]) { RedirectStandardError = true, RedirectStandardOutput = true };

    private static long Count(string db) => Scalar<long>(db, "SELECT COUNT(*) FROM events");

    private static string Integrity(string db) => Scalar<string>(db, "PRAGMA integrity_check");

    private static T Scalar<T>(string db, string sql)
    {
        // Read-write, so a journal a killed process left is rolled back first, as kwatch's next writing verb would.
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
