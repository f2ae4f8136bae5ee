using System.Text.Json.Serialization;
using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.UseCases.Backtests;
using static KhorasanWatch.Contracts.EventCodes;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch backtest --format json</c>: the report's forecasts scored at every monthly origin, each
/// question with every model's scores, its skill against each baseline and its reliability table,
/// and the model chosen (docs/forecasts.md).
/// </summary>
public sealed record BacktestRecord(
    string Actor,
    string CoverageStart,
    string DataEnd,
    int HorizonMonths,
    int Origins,
    string? FirstOrigin,
    string? LastOrigin,
    int MinOrigins,
    IReadOnlyList<BacktestForecastRecord> Forecasts)
{
    public static BacktestRecord Of(BacktestAnswer answer)
    {
        var r = answer.Result;
        return new(
            answer.Actor,
            Day(answer.CoverageStart),
            Day(answer.DataEnd),
            r.Horizon,
            r.Origins,
            Day(r.FirstOrigin),
            Day(r.LastOrigin),
            Backtest.MinOrigins,
            [.. r.Questions.Select(q => new BacktestForecastRecord(
                q.Question.Id,
                q.Kind,
                q.Kind == QuestionBacktest.Count ? "the number of attacks" : q.Question.Text,
                q.ScoreName,
                q.Choice.Model,
                q.Choice.Reason,
                [.. q.Models.Select(BacktestModelRecord.Of)]))]);
    }
}

/// <summary>One forecast question: how it is scored, the model chosen for it and why, and every model's record.</summary>
public sealed record BacktestForecastRecord(
    string Id,
    string Kind,
    string Question,
    string ScoreName,
    string ChosenModel,
    string ChoiceReason,
    IReadOnlyList<BacktestModelRecord> Models);

/// <summary>A model's mean scores over the origins, its interval coverage (counts), skill against each baseline and reliability table.</summary>
public sealed record BacktestModelRecord(
    string Model,
    string Name,
    bool Baseline,
    double? Score,
    double? LogScore,
    [property: JsonPropertyName("coverage_50")] double? Coverage50,
    [property: JsonPropertyName("coverage_90")] double? Coverage90,
    IReadOnlyDictionary<string, SkillRecord> Skill,
    IReadOnlyList<ReliabilityBinRecord> Reliability)
{
    public static BacktestModelRecord Of(ModelBacktest m) => new(
        m.Model.Id,
        m.Model.Name,
        m.Model.IsBaseline,
        Finite(m.Score),
        Finite(m.LogScore),
        Finite(m.Coverage50),
        Finite(m.Coverage90),
        m.Skills.ToDictionary(s => s.Baseline, s => new SkillRecord(Finite(s.Value), Finite(s.Low), Finite(s.High))),
        [.. m.Reliability.Select(b => new ReliabilityBinRecord(Finite(b.Low), Finite(b.High), Finite(b.MeanForecast), Finite(b.Observed), b.Count))]);
}

/// <summary>1 − score / the baseline's score, with its 90 % bootstrap interval; null where the baseline scored 0.</summary>
public sealed record SkillRecord(double? Skill, double? Low, double? High);

/// <summary>Forecasts whose probability fell in [low, high): their mean, how often the event happened, and how many.</summary>
public sealed record ReliabilityBinRecord(double? Low, double? High, double? MeanForecast, double? Observed, int Count);
