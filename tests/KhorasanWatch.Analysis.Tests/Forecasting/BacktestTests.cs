using KhorasanWatch.Analysis.Forecasting;

namespace KhorasanWatch.Analysis.Tests.Forecasting;

public sealed class BacktestTests
{
    private static readonly ForecastQuestion AnyAttack = new("any", "at least one attack", _ => true, Counts: true);
    private static readonly DateOnly Start = new(2015, 1, 1);

    private static MonthlySeries Grid(int months) => MonthlySeries.Ending(Start.AddMonths(months).AddDays(-1), Start);

    [Fact]
    public void MonthsEndOnTheAnchor_AndCountOnlyWholeMonthsOfCoverage()
    {
        var grid = MonthlySeries.Ending(new DateOnly(2016, 3, 14), Start);

        Assert.Equal(14, grid.Count); // 15 January 2015 … 14 March 2016; the first half of January is not a whole month.
        Assert.Equal(new DateOnly(2015, 1, 15), grid.Start(0));
        Assert.Equal(new DateOnly(2016, 3, 14), grid.Ends[^1]);
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2], grid.Counts([new(2015, 1, 15), new(2016, 2, 15), new(2016, 3, 14), new(2016, 3, 15), new(2015, 1, 14)]));
    }

    [Fact]
    public void EveryOrigin_HasTwelveMonthsBefore_AndTheHorizonAfter()
    {
        var counts = Enumerable.Repeat(1, 60).ToArray();

        foreach (var horizon in new[] { 1, 3, 6 })
        {
            var result = Backtest.Run([(AnyAttack, counts)], Grid(60), horizon);
            Assert.Equal(60 - 12 - horizon + 1, result.Origins);
            Assert.Equal(Start.AddMonths(12).AddDays(-1), result.FirstOrigin);
        }
    }

    [Fact]
    public void AForecast_ReadsNothingAfterItsOrigin()
    {
        var random = new Random(1);
        var past = Enumerable.Range(0, 40).Select(_ => Draws.Poisson(random, 2)).ToArray();
        int[] quiet = [.. past, .. new int[20]];
        int[] busy = [.. past, .. Enumerable.Repeat(9, 20)];

        var a = Backtest.Run([(AnyAttack, quiet)], Grid(60), 3).Questions.SelectMany(q => q.Models).SelectMany(m => m.Forecasts.Select(f => (m.Model.Id, f))).ToList();
        var b = Backtest.Run([(AnyAttack, busy)], Grid(60), 3).Questions.SelectMany(q => q.Models).SelectMany(m => m.Forecasts.Select(f => (m.Model.Id, f))).ToList();

        // Origins whose history ends at month 40 or before saw the same months: the same forecasts.
        var last = Grid(60).Ends[39];
        Assert.All(a.Zip(b).Where(p => p.First.f.Origin <= last), p => Assert.Equal(p.First.f.Forecast, p.Second.f.Forecast, 12));
        Assert.Contains(a.Zip(b), p => p.First.f.Origin > last && p.First.f.Forecast != p.Second.f.Forecast);
    }

    [Fact]
    public void WithFewOrigins_TheChoiceIsClimatology_AndSaysWhy()
    {
        var result = Backtest.Run([(AnyAttack, Enumerable.Repeat(1, 30).ToArray())], Grid(30), 3);

        Assert.All(result.Questions, q => Assert.Equal("climatology", q.Choice.Model));
        Assert.Contains("fewer than 24 origins (16)", result.Questions[0].Choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OnARisingRate_AModelOfTheRateBeatsClimatology_AndIsChosen()
    {
        var random = new Random(4);
        var counts = Enumerable.Range(0, 120).Select(m => Draws.Poisson(random, 0.2 * Math.Exp(m / 30.0))).ToArray();

        var count = Backtest.Run([(AnyAttack, counts)], Grid(120), 3).For("any", QuestionBacktest.Count)!;

        Assert.NotEqual("climatology", count.Choice.Model);
        Assert.True(count.Chosen.Against(ForecastModels.Climatology)!.Value > 0.1);
        Assert.True(count.Chosen.Against(ForecastModels.Climatology)!.Low > 0, "the skill interval lies above zero");
    }

    [Fact]
    public void TheScores_AreTheMeansOfEachForecastsScore()
    {
        var random = new Random(9);
        var counts = Enumerable.Range(0, 48).Select(_ => Draws.Poisson(random, 1)).ToArray();

        var q = Backtest.Run([(AnyAttack, counts)], Grid(48), 3).For("any")!;
        var model = q.Of(ForecastModels.GammaPoisson);

        Assert.Equal(model.Forecasts.Average(f => Scores.Brier(f.Forecast, f.Happened)), model.Score, 12);
        Assert.Equal(model.Forecasts.Count, model.Reliability.Sum(b => b.Count));
        Assert.Equal(1 - (model.Score / q.Of(ForecastModels.Climatology).Score), model.Against(ForecastModels.Climatology)!.Value!.Value, 12);
    }

    /// <summary>
    /// Known truth, small: Poisson stores with rates of 0.1 to 10 a month (log-uniform), 120 months
    /// each. The chosen models' forecasts, pooled, come true about as often as they say: within ±8
    /// points in every ten-point bin with 100 forecasts or more (the bench, with twenty times the
    /// origins, holds the issue's ±5), and their CRPS is no worse than every baseline's.
    /// </summary>
    [Fact]
    public void OnPoissonStores_TheChosenForecastsAreCalibrated_AndBeatEveryBaseline()
    {
        var random = new Random(20_261_202);
        var forecasts = new List<ScoredForecast>();
        var crps = new Dictionary<string, double>();
        for (var store = 0; store < 12; store++)
        {
            var rate = Math.Exp(Math.Log(0.1) + (random.NextDouble() * Math.Log(100)));
            var counts = Enumerable.Range(0, 120).Select(_ => Draws.Poisson(random, rate)).ToArray();
            var result = Backtest.Run([(AnyAttack with { Pace = true }, counts)], Grid(120), 3);
            forecasts.AddRange(result.For("any")!.Chosen.Forecasts);
            var count = result.For("any", QuestionBacktest.Count)!;
            foreach (var m in count.Models.Append(count.Chosen with { Model = new ChosenMarker() }))
            {
                crps[m.Model.Id] = crps.GetValueOrDefault(m.Model.Id) + m.Score;
            }
        }

        Assert.True(forecasts.Count >= 1_000, $"{forecasts.Count} origins");
        Assert.All(Reliability.Table(forecasts).Where(b => b.Count >= 100), b => Assert.InRange(b.Observed - b.MeanForecast, -0.08, 0.08));
        Assert.All(ForecastModels.All.Where(m => m.IsBaseline), b => Assert.True(crps["chosen"] <= crps[b.Id] + 1e-9, $"chosen {crps["chosen"]} against {b.Id} {crps[b.Id]}"));
    }

    private sealed class ChosenMarker : ForecastModel
    {
        public override string Id => "chosen";

        public override string Name => "the chosen model";

        public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0) => throw new NotSupportedException();
    }
}
