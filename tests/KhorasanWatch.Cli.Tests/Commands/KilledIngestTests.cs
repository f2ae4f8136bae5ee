using System.Diagnostics;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// Kills a real <c>kwatch ingest</c> process part-way through a large file and checks that the
/// store is exactly as it was before: one transaction per file, rolled back from SQLite's journal.
/// </summary>
public sealed class KilledIngestTests
{
    [Fact]
    public void KillingAnIngestMidway_LeavesTheStoreAsBefore()
    {
        using var temp = new TempFolder();
        var db = temp.File("k.db");
        Assert.Equal(0, CliRun.Of("ingest", temp.Write("first.csv", Text(new Row("AFG1"))), "--db", db).ExitCode);
        var before = CliRun.Of("events", "--db", db, "--format", "csv").Out;
        var big = temp.Write("big.csv", Text(Enumerable.Range(2, 150_000).Select(i => new Row($"AFG{i}", Notes: $"Event {i}, with a note long enough to look like ACLED's."))));

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "kwatch.dll"), "ingest", big, "--db", db])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents
        var killedAt = "";
        while (process.StandardError.ReadLine() is { } line)
        {
            // Progress lines read "kwatch: FILE: 30%"; kill once the ingest is well under way.
            if (line.EndsWith('%') && int.Parse(line[(line.LastIndexOf(' ') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) >= 20)
            {
                killedAt = line;
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        process.WaitForExit();
        Assert.NotEqual("", killedAt);
        Assert.NotEqual(0, process.ExitCode);
        Assert.Equal(before, CliRun.Of("events", "--db", db, "--format", "csv").Out);
        Assert.Contains("acled  2021  1", CliRun.Of("sources", "--db", db).Out.Replace("   ", "  ", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
