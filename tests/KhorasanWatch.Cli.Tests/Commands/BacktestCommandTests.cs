using System.Globalization;
using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// <c>kwatch backtest</c>: the table and the JSON contract on the shipped sample, the options, and a
/// store too short to test any forecast on.
/// </summary>
public sealed class BacktestCommandTests : IDisposable
{
    private static readonly string[] ModelFields = ["model", "name", "baseline", "score", "log_score", "coverage_50", "coverage_90", "skill", "reliability"];
    private static readonly string[] Baselines = ["zero", "last_observed", "climatology", "bootstrap_12", "gamma_poisson_12"];

    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void OnTheSample_EveryForecastHasEveryModel_ItsSkills_AndTheChoice()
    {
        IngestSample();

        var run = CliRun.Of("backtest", "--db", Db, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("horizon_months").GetInt32());
        Assert.Equal("2025-02-11", root.GetProperty("data_end").GetString()); // The sample's last event.
        // Months from 11 January 2015 (the first whole one after the actor's emergence) to the data end: 121; origins 121 − 12 − 3 + 1.
        Assert.Equal(107, root.GetProperty("origins").GetInt32());
        var forecasts = root.GetProperty("forecasts").EnumerateArray().ToList();
        Assert.Equal(["pace/probability", "pace/count", "mass_casualty/probability", "abroad/probability"],
            forecasts.Select(f => $"{f.GetProperty("id").GetString()}/{f.GetProperty("kind").GetString()}"));
        foreach (var f in forecasts)
        {
            var models = f.GetProperty("models").EnumerateArray().ToList();
            Assert.Equal(8, models.Count); // Five baselines, three forecasters.
            Assert.All(models, m => Assert.All(ModelFields, field => Assert.True(m.TryGetProperty(field, out _), $"a model lacks '{field}'")));
            Assert.Contains(f.GetProperty("chosen_model").GetString(), models.Select(m => m.GetProperty("model").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("choice_reason").GetString()));
            var own = models.Single(m => m.GetProperty("model").GetString() == "negative_binomial");
            Assert.Equal(Baselines, own.GetProperty("skill").EnumerateObject().Select(p => p.Name));
            var isCount = f.GetProperty("kind").GetString() == "count";
            Assert.Equal(isCount ? "crps" : "brier", f.GetProperty("score_name").GetString());
            Assert.Equal(isCount ? JsonValueKind.Number : JsonValueKind.Null, own.GetProperty("coverage_90").ValueKind);
            Assert.Equal(isCount ? 0 : 107, own.GetProperty("reliability").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
        }
    }

    [Fact]
    public void TheTable_FitsOneHundredColumns_AndMarksTheChosenModel()
    {
        IngestSample();

        var run = CliRun.Of("backtest", "--db", Db, "--horizon", "6");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Backtest of the iskp forecasts, 6 months ahead: 104 monthly origins", run.Out, StringComparison.Ordinal);
        Assert.Equal(4, run.Out.Split('\n').Count(l => l.StartsWith("* chosen: ", StringComparison.Ordinal)));
        Assert.Contains("Reliability of ", run.Out, StringComparison.Ordinal);
        var tooLong = run.Out.Split('\n').Where(l => l.TrimEnd('\r').Length > 100).ToList();
        Assert.True(tooLong.Count == 0, "lines over 100 columns:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void FromAndTo_BoundTheOrigins()
    {
        IngestSample();

        using var json = JsonDocument.Parse(CliRun.Of("backtest", "--db", Db, "--from", "2020-01-01", "--to", "2021-12-31", "--format", "json").Out);

        Assert.Equal(24, json.RootElement.GetProperty("origins").GetInt32());
        Assert.Equal("2020-01-11", json.RootElement.GetProperty("first_origin").GetString());
        Assert.Equal("2021-12-11", json.RootElement.GetProperty("last_origin").GetString());
    }

    [Fact]
    public void AStoreTooShortToTest_IsRefusedInOneLine()
    {
        var rows = Enumerable.Range(0, 8).Select(i => new Row($"SHORT{i}", Date: new DateOnly(2023, 1, 10).AddMonths(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("short.csv", Text(rows)), "--db", Db).ExitCode);

        var run = CliRun.Of("backtest", "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("no origin to backtest from: each needs 12 months of data before it and 3 after, and the data run from 2023-01-01 to 2023-08-10", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void AHorizonOtherThanOneThreeOrSix_IsAUsageError()
    {
        IngestSample();

        var run = CliRun.Of("backtest", "--db", Db, "--horizon", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--horizon must be one of 1, 3, 6, not '2'", run.Error, StringComparison.Ordinal);
    }

    private void IngestSample() =>
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db).ExitCode);
}
