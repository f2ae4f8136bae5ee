using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// Events whose source leaves attribution open ("Taliban and/or ISKP") are counted apart, never as
/// ISKP's; the figures, warnings and forecasts say what they would be with them counted.
/// </summary>
public sealed class AttributionBoundsTests : IDisposable
{
    private const string Uncertain = "Taliban and/or Islamic State Khorasan Province (ISKP)";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>One certain attack a month through 2021–2023, and 24 uncertain ones in its last quarter.</summary>
    private string Db()
    {
        var rows = new List<Row>();
        for (var m = 0; m < 36; m++)
        {
            rows.Add(new Row($"C{m:00}", Date: new DateOnly(2021, 1, 10).AddMonths(m).ToString("yyyy-MM-dd"), Fatalities: "2"));
        }

        for (var i = 0; i < 24; i++)
        {
            rows.Add(new Row($"U{i:00}", Date: new DateOnly(2023, 10, 1).AddDays(i * 3).ToString("yyyy-MM-dd"), Actor1: Uncertain, Fatalities: "5"));
        }

        var db = _temp.File("bounds.db");
        var ingest = CliRun.Of("ingest", _temp.Write("bounds.csv", Text(rows)), "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        return db;
    }

    [Fact]
    public void Indicators_CarryALowAndAHighEnd()
    {
        var run = CliRun.Of("indicators", "--db", Db(), "--from", "2023-10-01", "--to", "2023-12-31", "--period", "quarter", "--format", "json");

        var bounds = JsonDocument.Parse(run.Out).RootElement.GetProperty("periods")[0].GetProperty("attribution_bounds");
        Assert.Equal(3, bounds.GetProperty("attacks_low").GetInt32());
        Assert.Equal(27, bounds.GetProperty("attacks_high").GetInt32());
        Assert.Equal(6, bounds.GetProperty("deaths_low").GetInt32());
        Assert.Equal(126, bounds.GetProperty("deaths_high").GetInt32());
    }

    [Fact]
    public void Warnings_SayWhetherTheLevelHoldsAtTheHighEnd()
    {
        var db = Db();
        var json = JsonDocument.Parse(CliRun.Of("warnings", "--db", db, "--as-of", "2023-12-31", "--format", "json").Out).RootElement;
        var text = CliRun.Of("warnings", "--db", db, "--as-of", "2023-12-31").Out;

        Assert.Equal("none", json.GetProperty("level").GetString()); // one attack a month, steady: nothing certain changed
        var high = json.GetProperty("attribution_high");
        Assert.Equal(24, high.GetProperty("uncertain_events").GetInt32());
        Assert.Equal("alert", high.GetProperty("level").GetString()); // 24 more in a quarter would be a surge
        Assert.Contains("counted as ISKP's, the level would be alert, not none", string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheReport_GivesTheBounds_AndEachForecastAtTheHighEnd()
    {
        var db = Db();
        var html = _temp.File("r.html");
        var run = CliRun.Of("report", "--db", db, "--from", "2023-10-01", "--to", "2023-12-31", "--out", html);

        Assert.True(run.ExitCode == 0, run.Error);
        var text = SampleStore.Text(File.ReadAllText(html));
        Assert.Contains("Attribution as bounds: 3 to 27 attacks and 6 to 126 deaths", text, StringComparison.Ordinal);
        Assert.Contains("24 attacks of uncertain attribution in the twelve months counted as ISKP's, it would be", text, StringComparison.Ordinal);
        Assert.Contains("the level would be alert, not none", text, StringComparison.Ordinal);
    }
}
