using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Memo;

namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// Rolling-origin backtests on a store's own history. At each monthly origin the models see only
/// the months up to it (events dated up to the origin) and forecast the next H months; the outcome
/// is what the data then hold. Every origin needs twelve months of history before it and H months
/// of data after it. Each question's forecast is then made with the candidate model of lowest mean
/// score (Brier for a probability, CRPS for a count), provided there are at least
/// <see cref="MinOrigins"/> origins; with fewer, with climatology.
/// </summary>
public static class Backtest
{
    public const int MinOrigins = 24;
    public const int HistoryMonths = 12;
    private const int Replicates = 1_000;
    private const int BootstrapSeed = 20_261_202;

    /// <summary>Backtests the questions on the events, on months counted back from <paramref name="dataEnd"/> to <paramref name="coverageStart"/>.</summary>
    /// <remarks>Each question's forecasts are taken from <paramref name="memo"/> when it holds them (<see cref="BacktestMemo"/>), and kept there when made.</remarks>
    public static BacktestResult Run(
        IReadOnlyList<ConflictEvent> events, IReadOnlyList<ForecastQuestion> questions, DateOnly coverageStart, DateOnly dataEnd, int horizon,
        DateOnly? from = null, DateOnly? to = null, IResultMemo? memo = null)
    {
        var grid = MonthlySeries.Ending(dataEnd, coverageStart);
        var series = questions.Select(q => (q, grid.Counts(events.Where(q.Counted).Select(e => e.Date.Start)))).ToList();
        return Run(series, grid, horizon, from, to, memo);
    }

    /// <summary>Backtests questions given as monthly counts on <paramref name="grid"/> (the simulation studies' entry).</summary>
    public static BacktestResult Run(
        IReadOnlyList<(ForecastQuestion Question, int[] Counts)> series, MonthlySeries grid, int horizon, DateOnly? from = null, DateOnly? to = null, IResultMemo? memo = null)
    {
        if (horizon < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), "The horizon is at least one month.");
        }

        // Origin o forecasts months o … o + H − 1 from months 0 … o − 1; its day is the end of month o − 1.
        var origins = Enumerable.Range(HistoryMonths, Math.Max(0, grid.Count - horizon - HistoryMonths + 1))
            .Where(o => (from is null || grid.Ends[o - 1] >= from) && (to is null || grid.Ends[o - 1] <= to))
            .ToList();
        var blocks = BootstrapOrigins(origins.Count, horizon);
        var results = new List<QuestionBacktest>();
        foreach (var (question, counts) in series)
        {
            var outcomes = origins.Select(o => counts.Skip(o).Take(horizon).Sum()).ToList();
            var thresholds = origins.Select(o => question.Threshold(new ArraySegment<int>(counts, 0, o), horizon)).ToList();
            var days = origins.Select(o => grid.Ends[o - 1]).ToList();
            // Every model is pure (the simulating ones seed from the history they read), so origins run on every core, in order.
            // Each predictive is read for its scores as soon as it is made: at thousands of attacks a month one
            // holds tens of thousands of probabilities, and a backtest makes hundreds of them per model.
            var forecasts = BacktestMemo.Forecasts(memo, question, counts, origins, horizon, () => ForecastModels.All.ToDictionary(m => m, m => origins.AsParallel().AsOrdered()
                .Select((o, i) => OriginForecast.Of(m.Predict(new ArraySegment<int>(counts, 0, o), horizon), thresholds[i], outcomes[i], question.Counts))
                .ToList()));
            results.Add(Probabilities(question, forecasts, outcomes, thresholds, days, blocks));
            if (question.Counts)
            {
                results.Add(CountScores(question, forecasts, outcomes, days, blocks));
            }
        }

        return new BacktestResult(horizon, origins.Count == 0 ? null : grid.Ends[origins[0] - 1], origins.Count == 0 ? null : grid.Ends[origins[^1] - 1], origins.Count, results);
    }

    /// <summary>What the scores read from one origin's predictive: the chance of the event, and for a count its CRPS, log score, mean and whether the outcome fell in the central 50 % and 90 % intervals.</summary>
    internal readonly record struct OriginForecast(double AtLeast, double Crps, double LogScore, double Mean, bool In50, bool In90)
    {
        public static OriginForecast Of(Predictive p, int threshold, int outcome, bool counts)
        {
            if (!counts)
            {
                return new OriginForecast(p.AtLeast(threshold), double.NaN, double.NaN, double.NaN, false, false);
            }

            bool Inside(double coverage) => p.Interval(coverage) is var (lo, hi) && outcome >= lo && outcome <= hi;
            return new OriginForecast(p.AtLeast(threshold), p.Crps(outcome), p.LogScore(outcome), p.Mean, Inside(0.5), Inside(0.9));
        }
    }

    private static QuestionBacktest Probabilities(
        ForecastQuestion question, Dictionary<ForecastModel, List<OriginForecast>> forecasts, List<int> outcomes, List<int> thresholds, List<DateOnly> days, int[][] blocks)
    {
        var scores = new Dictionary<ForecastModel, double[]>();
        var records = new Dictionary<ForecastModel, (double Log, List<ScoredForecast> Forecasts)>();
        foreach (var (model, predictives) in forecasts)
        {
            var scored = predictives.Select((p, i) => new ScoredForecast(days[i], p.AtLeast, outcomes[i], outcomes[i] >= thresholds[i])).ToList();
            scores[model] = scored.Select(f => Scores.Brier(f.Forecast, f.Happened)).ToArray();
            records[model] = (scored.Count == 0 ? double.NaN : scored.Average(f => Scores.Log(f.Forecast, f.Happened)), scored);
        }

        var models = ForecastModels.All.Select(m => new ModelBacktest(
            m, Mean(scores[m]), records[m].Log, null, null, Skills(m, scores, blocks), Reliability.Table(records[m].Forecasts), records[m].Forecasts)).ToList();
        return new QuestionBacktest(question, QuestionBacktest.Probability, models, Choose(models, days.Count, "Brier"));
    }

    private static QuestionBacktest CountScores(ForecastQuestion question, Dictionary<ForecastModel, List<OriginForecast>> forecasts, List<int> outcomes, List<DateOnly> days, int[][] blocks)
    {
        var scores = forecasts.ToDictionary(f => f.Key, f => f.Value.Select(p => p.Crps).ToArray());
        var models = ForecastModels.All.Select(m =>
        {
            var predictives = forecasts[m];
            double Inside(Func<OriginForecast, bool> inside) => predictives.Count == 0 ? double.NaN : predictives.Count(inside) / (double)predictives.Count;
            var scored = predictives.Select((p, i) => new ScoredForecast(days[i], p.Mean, outcomes[i], outcomes[i] > 0)).ToList();
            var log = predictives.Count == 0 ? double.NaN : predictives.Average(p => p.LogScore);
            return new ModelBacktest(m, Mean(scores[m]), log, Inside(p => p.In50), Inside(p => p.In90), Skills(m, scores, blocks), [], scored);
        }).ToList();
        return new QuestionBacktest(question, QuestionBacktest.Count, models, Choose(models, days.Count, "CRPS"));
    }

    /// <summary>The candidate of lowest mean score (the simplest first on a tie), with enough origins; else climatology.</summary>
    private static ModelChoice Choose(IReadOnlyList<ModelBacktest> models, int origins, string scoreName)
    {
        if (origins < MinOrigins)
        {
            return new ModelChoice(ForecastModels.Climatology.Id, $"fewer than {MinOrigins} origins ({origins}) to judge a model by, so the baseline, climatology");
        }

        var best = ForecastModels.Candidates.Select(c => models.First(m => m.Model.Id == c.Id)).MinBy(m => m.Score)!;
        var climatology = models.First(m => m.Model.Id == ForecastModels.Climatology.Id);
        var reason = best.Model.Id == ForecastModels.Climatology.Id
            ? $"no model beat climatology's mean {scoreName} ({Figure(climatology.Score)}) over {origins} origins"
            : $"lowest mean {scoreName} of the candidates over {origins} origins ({Figure(best.Score)}, against climatology's {Figure(climatology.Score)})";
        return new ModelChoice(best.Model.Id, reason);
    }

    private static List<Skill> Skills(ForecastModel model, Dictionary<ForecastModel, double[]> scores, int[][] blocks) =>
        ForecastModels.All.Where(b => b.IsBaseline && b != model).Select(b =>
        {
            var (own, theirs) = (scores[model], scores[b]);
            var value = SkillOf(own, theirs, null);
            if (value is null)
            {
                return new Skill(b.Id, null, null, null);
            }

            var replicates = blocks.Select(idx => SkillOf(own, theirs, idx)).OfType<double>().Order().ToList();
            return replicates.Count == 0
                ? new Skill(b.Id, value, null, null)
                : new Skill(b.Id, value, replicates[(int)(0.05 * (replicates.Count - 1))], replicates[(int)Math.Ceiling(0.95 * (replicates.Count - 1))]);
        }).ToList();

    private static double? SkillOf(double[] own, double[] baseline, int[]? indexes)
    {
        double a = 0, b = 0;
        var n = indexes?.Length ?? own.Length;
        for (var i = 0; i < n; i++)
        {
            var k = indexes is null ? i : indexes[i];
            (a, b) = (a + own[k], b + baseline[k]);
        }

        return n == 0 || b <= 1e-12 ? null : 1 - (a / b);
    }

    /// <summary>
    /// Moving-block bootstrap resamples of the origins: blocks of max(6, 2H) consecutive origins,
    /// because forecasts a month apart share most of their outcome window and clustered months.
    /// </summary>
    private static int[][] BootstrapOrigins(int n, int horizon)
    {
        if (n < 2)
        {
            return [];
        }

        var length = Math.Min(n, Math.Max(6, 2 * horizon));
        var random = new Random(BootstrapSeed);
        return Enumerable.Range(0, Replicates).Select(_ =>
        {
            var idx = new int[n];
            for (var filled = 0; filled < n;)
            {
                var start = random.Next(n - length + 1);
                for (var j = 0; j < length && filled < n; j++)
                {
                    idx[filled++] = start + j;
                }
            }

            return idx;
        }).ToArray();
    }

    private static double Mean(double[] values) => values.Length == 0 ? double.NaN : values.Average();

    private static string Figure(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
