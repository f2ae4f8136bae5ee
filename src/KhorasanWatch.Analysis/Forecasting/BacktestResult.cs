namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// A rolling-origin backtest: the horizon in months, the origins (the first and last day a
/// forecast was made from, and how many), and for each question every model's record and the
/// model chosen for it.
/// </summary>
public sealed record BacktestResult(int Horizon, DateOnly? FirstOrigin, DateOnly? LastOrigin, int Origins, IReadOnlyList<QuestionBacktest> Questions)
{
    public QuestionBacktest? For(string questionId, string kind = QuestionBacktest.Probability) =>
        Questions.FirstOrDefault(q => q.Question.Id == questionId && q.Kind == kind);
}

/// <summary>
/// One question's backtest: <c>probability</c> (the event's chance, scored by Brier) or
/// <c>count</c> (the predictive distribution of the count, scored by CRPS); each model's record, and
/// the model the forecast is made with, chosen by that score.
/// </summary>
public sealed record QuestionBacktest(ForecastQuestion Question, string Kind, IReadOnlyList<ModelBacktest> Models, ModelChoice Choice)
{
    public const string Probability = "probability";
    public const string Count = "count";

    public string ScoreName => Kind == Probability ? "brier" : "crps";

    public ModelBacktest Chosen => Models.First(m => m.Model.Id == Choice.Model);

    public ModelBacktest Of(ForecastModel model) => Models.First(m => m.Model.Id == model.Id);
}

/// <summary>
/// A model's record on one question: the mean score (Brier or CRPS) and log score over the origins,
/// for counts the share of outcomes inside the 50 % and 90 % central intervals, the skill against
/// each baseline, the reliability table (probabilities only), and every forecast it made.
/// </summary>
public sealed record ModelBacktest(
    ForecastModel Model,
    double Score,
    double LogScore,
    double? Coverage50,
    double? Coverage90,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<ReliabilityBin> Reliability,
    IReadOnlyList<ScoredForecast> Forecasts)
{
    public Skill? Against(ForecastModel baseline) => Skills.FirstOrDefault(s => s.Baseline == baseline.Id);
}

/// <summary>
/// 1 − score / baseline's score over the same origins, with the 5th and 95th percentiles of a
/// moving-block bootstrap over origins; null where the baseline scored 0 (nothing to improve on).
/// </summary>
public sealed record Skill(string Baseline, double? Value, double? Low, double? High);

/// <summary>Forecasts whose probability fell in [Low, High): their mean, how often the event happened, and how many.</summary>
public sealed record ReliabilityBin(double Low, double High, double MeanForecast, double Observed, int Count);

/// <summary>One forecast: its origin, the probability (or the predictive mean, for counts), the outcome count and whether the event happened.</summary>
public sealed record ScoredForecast(DateOnly Origin, double Forecast, int Outcome, bool Happened);

/// <summary>The model a forecast is made with, and why: the best backtest score, or the baseline when too few origins exist to judge.</summary>
public sealed record ModelChoice(string Model, string Reason);
