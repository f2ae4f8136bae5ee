using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>Dates a source cannot hold — before its coverage, after today — are rejected at ingest with the reason; the good rows are kept and every verb still reads the store.</summary>
public sealed class IngestDatesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void DatesOutsideTheSourcesCoverage_AreRejectedNamingLineFieldAndReason()
    {
        var db = _temp.File("dates.db");
        var csv = _temp.Write("dates.csv", Text(
            new Row("OK1", Date: "2021-08-26"),
            new Row("OLD", Date: "1996-05-01"),
            new Row("FAR", Date: "9999-12-31"),
            new Row("NEXT", Date: DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new Row("WEEK0", Date: "0001-01-01", TimePrecision: "2"),
            new Row("WEEK9", Date: "9999-12-31", TimePrecision: "2"),
            new Row("MONTH9", Date: "9999-12-31", TimePrecision: "3")));

        var ingest = CliRun.Of("ingest", csv, "--db", db, "--json");

        Assert.Equal(1, ingest.ExitCode); // some rows rejected, the good one stored
        var rejects = JsonDocument.Parse(ingest.Out).RootElement.GetProperty("rejects").EnumerateArray().ToList();
        Assert.Equal([3, 4, 5, 6, 7, 8], rejects.Select(r => r.GetProperty("line").GetInt32())); // also at the edges of DateOnly with time_precision 2 and 3
        Assert.All(rejects, r => Assert.Equal("event_date", r.GetProperty("field").GetString()));
        Assert.Contains("before ACLED's coverage, which starts in 1997", rejects[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("after today", rejects[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        foreach (var verb in new[] { "indicators", "warnings", "events" })
        {
            var run = CliRun.Of(verb, "--db", db);
            Assert.True(run.ExitCode == 0, $"{verb}: {run.Error}");
        }
    }
}
