using System.Diagnostics;
using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// The command line on the PostgreSQL store (<c>--db "Host=…"</c>): two kwatch processes writing
/// one store at once lose nothing, and a coalition's users read it as their markings allow.
/// Skipped, with the reason, where <c>KWATCH_TEST_PG</c> names no server.
/// </summary>
public sealed class PostgresStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly PostgresDatabase _database = new();

    private string Db => _database.ConnectionString;

    [Fact]
    public async Task TwoProcessesIngestingAtOnce_LoseNothing()
    {
        const int Rows = 3_000;
        // The same ids in both files, with other tolls: whichever file loads second updates every row.
        var files = Enumerable.Range(0, 2).Select(w => _temp.Write($"w{w}.csv", Text(Enumerable.Range(0, Rows).Select(i =>
            new Row($"W{i}", Date: new DateOnly(2020, 1, 1).AddDays(i % 700).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Fatalities: $"{w}"))))).ToList();
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("seed.csv", Text(new Row("SEED"))), "--db", Db).ExitCode); // the schema exists before the race

        var processes = files.Select(f => Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kwatch.dll"), "ingest", f, "--db", Db, "--json"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!).ToList(); // Start returns null only for shell-executed documents
        var outputs = processes.Select(p => (Out: p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken), Error: p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken))).ToList();
        for (var w = 0; w < 2; w++)
        {
            await processes[w].WaitForExitAsync(TestContext.Current.CancellationToken);
            var error = await outputs[w].Error;
            Assert.True(processes[w].ExitCode == 0, error);
            processes[w].Dispose();
        }

        var reports = (await Task.WhenAll(outputs.Select(o => o.Out))).Select(o => JsonDocument.Parse(o).RootElement.GetProperty("files")[0]).ToList();
        Assert.Equal([(long)Rows, 0L], reports.Select(r => r.GetProperty("added").GetInt64()).Order().Reverse());
        Assert.Equal([(long)Rows, 0L], reports.Select(r => r.GetProperty("updated").GetInt64()).Order().Reverse()); // one after the other: never a lost row, never a key taken twice
        var events = JsonDocument.Parse(CliRun.Of("events", "--format", "json", "--db", Db).Out).RootElement;
        Assert.Equal(Rows + 1, events.GetArrayLength());
        Assert.Equal(Rows + 1, events.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void ACoalitionOnPostgres_ReadsAsItsMarkingsAllow()
    {
        TwoOrganisations.Add(Db);
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("fin.csv", Text(new Row("AFG1"), new Row("AFG2", Date: "2021-09-01"))), "--tlp", "amber", "--as", "ana", "--db", Db).ExitCode);

        string Events(string user) => CliRun.Of("events", "--format", "csv", "--as", user, "--db", Db).Out;
        Assert.Contains("acled:AFG1", Events("ana"), StringComparison.Ordinal);
        Assert.DoesNotContain("acled:AFG1", Events("eve"), StringComparison.Ordinal); // TLP:AMBER for fin
        var audit = CliRun.Of("audit", "--format", "json", "--as", "admin1", "--db", Db);
        Assert.True(audit.ExitCode == 0, audit.Error);
        Assert.Contains("\"ingest", audit.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AServerThatCannotBeReached_IsSaidInALine_AndThePasswordIsNeverShown()
    {
        var run = CliRun.Of("sources", "--db", "Host=127.0.0.1;Port=1;Username=kw;Password=hunter2-secret;Timeout=2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot connect to PostgreSQL", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", run.Error + run.Out, StringComparison.Ordinal);
        Assert.StartsWith("kwatch: Host=127.0.0.1;Port=1;Username=kw;", run.Error, StringComparison.Ordinal); // the store, as messages show it
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal); // no stack trace (the audit log's warning may follow: it cannot be written either)
    }

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }
}
