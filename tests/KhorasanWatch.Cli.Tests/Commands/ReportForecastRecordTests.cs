using System.Text.Json;
using static KhorasanWatch.Cli.Tests.Commands.SampleStore;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// The report's forecasts carry their track record: each stated probability names its model and
/// its backtest on the store, the same backtest <c>kwatch backtest</c> prints, and an annex shows
/// the record with a reliability chart.
/// </summary>
public sealed class ReportForecastRecordTests : IDisposable
{
    private readonly SampleStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void EachForecast_StatesItsModelAndItsRecord_AsTheBacktestScoredThem()
    {
        var html = _store.Report();
        var points = Text(Section(html, "key-points"));
        using var backtest = JsonDocument.Parse(CliRun.Of("backtest", "--db", _store.Db, "--format", "json").Out);

        foreach (var f in backtest.RootElement.GetProperty("forecasts").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "probability"))
        {
            var chosen = f.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("model").GetString() == f.GetProperty("chosen_model").GetString());
            var climatology = f.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("model").GetString() == "climatology");
            var score = chosen.GetProperty("score").GetDouble().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(chosen.GetProperty("name").GetString()!, points, StringComparison.Ordinal);
            Assert.Contains(chosen.GetProperty("model").GetString() == "climatology"
                ? $"against climatology's {score}"
                : $"scored Brier {score} against {climatology.GetProperty("score").GetDouble().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} for climatology", points, StringComparison.Ordinal);
        }

        Assert.Equal(3, CountOf(points, "(107 "));
        Assert.Matches(@"came true \d+ % of the time \(n = \d+\)", points);
    }

    [Fact]
    public void TheAnnex_ShowsTheRecordAndAReliabilityChart()
    {
        var annex = Section(_store.Report(), "forecast-record");

        Assert.Contains("<svg", annex, StringComparison.Ordinal);
        Assert.Contains("Reliability of the report", annex, StringComparison.Ordinal);
        Assert.Contains("107 origins, 11 January 2016 to 11 November 2024", Text(annex), StringComparison.Ordinal);
        Assert.Equal(3, CountOf(annex, "<tr><td>")); // One row per stated probability.
    }

    [Fact]
    public void AnAsOfPastTheData_SaysTheDataEnd_AndReadsNoQuietDaysAfterThem()
    {
        var points = Text(Section(_store.Report("--to", "2025-06-30"), "key-points"));

        Assert.Contains("The data end on 11 February 2025, 139 days before 30 June 2025: the forecast reads the months to then, not the days after as days without attacks", points, StringComparison.Ordinal);
        Assert.Contains("as in the three months to 11 February 2025", points, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
