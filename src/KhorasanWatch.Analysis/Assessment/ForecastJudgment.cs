using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// The report's forecasts from their track record: each probability comes from the model its
/// backtest on the store chose (climatology where no model beat it, or where the store's history
/// has too few origins to judge), over the three months after the as-of day, from the months up to
/// the last day the data cover; and each carries its record in words and in its confidence.
/// </summary>
public static class ForecastJudgment
{
    public const int HorizonMonths = 3;

    /// <summary>The backtest of the report's questions on the months up to <paramref name="known"/>: what the record was on that day.</summary>
    public static BacktestResult TrackRecord(
        IReadOnlyList<ConflictEvent> events, IReadOnlyList<ForecastQuestion> questions, DateOnly coverageStart, DateOnly known, Memo.IResultMemo? memo = null) =>
        Backtest.Run(events, questions, coverageStart, known, HorizonMonths, memo: memo);

    /// <summary>The stated probability of <paramref name="record"/>'s question, from its chosen model, over the three months after <paramref name="asOf"/>.</summary>
    public static StatedForecast State(QuestionBacktest record, IReadOnlyList<ConflictEvent> events, DateOnly coverageStart, DateOnly known, DateOnly asOf)
    {
        var grid = MonthlySeries.Ending(known, coverageStart);
        var history = grid.Counts(events.Where(record.Question.Counted).Select(e => e.Date.Start));
        var model = ForecastModels.Find(record.Choice.Model)!; // The choice names one of the models.
        var gap = asOf.DayNumber - known.DayNumber;
        var lead = gap <= 0 ? 0 : (int)Math.Ceiling(gap / 30.4375);
        var threshold = record.Question.Threshold(history, HorizonMonths);
        return new StatedForecast(record.Question, threshold, model.Predict(history, HorizonMonths, lead).AtLeast(threshold), model, lead, record);
    }

    /// <summary>
    /// The record in words: "Made the same way each month from … (n forecasts), such forecasts scored
    /// Brier … against … for climatology (skill …, 90 % CI …); at 55–80 % they came true … of the time (n = …)."
    /// </summary>
    public static string Describe(StatedForecast f, Likelihood stated)
    {
        var r = f.Record;
        var chosen = r.Chosen;
        var climatology = r.Of(ForecastModels.Climatology);
        var origins = chosen.Forecasts.Count;
        if (origins < Backtest.MinOrigins)
        {
            return $"The store's history gives {Figures.Count(origins, "monthly origin")} to test a model on, fewer than the {Backtest.MinOrigins} needed to judge one, so the probability is climatology's: " +
                "the share of past three-month spans in which it happened, not yet checked against what followed.";
        }

        var span = $"{Month(chosen.Forecasts[0].Origin)} to {Month(chosen.Forecasts[^1].Origin)}";
        var text = f.Model.Id == ForecastModels.Climatology.Id
            ? $"No model beat climatology on this store's history ({Figures.Count(origins, "monthly forecast")}, {span}; the best, {Best(r).Model.Name}, scored Brier {Score(Best(r).Score)} against climatology's {Score(climatology.Score)}), " +
              "so the probability is climatology's: the share of past three-month spans in which it happened."
            : $"Made the same way each month from {span} ({Figures.Count(origins, "forecast")}), the model scored Brier {Score(chosen.Score)} against {Score(climatology.Score)} for climatology " +
              $"({SkillText(chosen.Against(ForecastModels.Climatology))}), the best of the candidate models.";
        var (low, high) = (stated.LowPercent <= 1 ? 0 : stated.LowPercent / 100.0, stated.HighPercent >= 99 ? 1 : stated.HighPercent / 100.0);
        var bin = Reliability.In(chosen.Forecasts, low, high);
        text += bin is null
            ? $" None of its earlier forecasts fell at {stated.LowPercent}–{stated.HighPercent} %."
            : $" At {stated.LowPercent}–{stated.HighPercent} % its forecasts came true {Percent(bin.Observed)} of the time (n = {bin.Count}).";
        return text;
    }

    /// <summary>
    /// The confidence a forecast's record allows, never more than its evidence's: low without a
    /// record (fewer origins than <see cref="Backtest.MinOrigins"/>); at most moderate where no model
    /// beat climatology or the chosen one's skill over climatology is not clearly above zero (its
    /// 90 % interval reaches 0); else the evidence's.
    /// </summary>
    public static AnalyticConfidence Confidence(AnalyticConfidence evidence, StatedForecast f)
    {
        var chosen = f.Record.Chosen;
        if (chosen.Forecasts.Count < Backtest.MinOrigins)
        {
            return evidence with { Level = ConfidenceLevel.Low, Reason = evidence.Reason.TrimEnd('.') + $"; no track record on this store ({Figures.Count(chosen.Forecasts.Count, "origin")}, {Backtest.MinOrigins} needed)." };
        }

        var skill = chosen.Against(ForecastModels.Climatology);
        var clear = f.Model.Id != ForecastModels.Climatology.Id && skill?.Low > 0;
        if (clear)
        {
            return evidence with { Reason = evidence.Reason.TrimEnd('.') + "; its model beat climatology in backtests." };
        }

        var why = f.Model.Id == ForecastModels.Climatology.Id ? "no model beat climatology in backtests" : "its model's skill over climatology is not clearly above zero";
        return evidence with { Level = evidence.Level == ConfidenceLevel.High ? ConfidenceLevel.Moderate : evidence.Level, Reason = evidence.Reason.TrimEnd('.') + $"; {why}." };
    }

    private static ModelBacktest Best(QuestionBacktest r) =>
        r.Models.Where(m => ForecastModels.Candidates.Contains(m.Model) && m.Model.Id != ForecastModels.Climatology.Id).MinBy(m => m.Score)!;

    private static string SkillText(Skill? s) =>
        s?.Value is not { } v ? "skill not defined"
        : s.Low is { } lo && s.High is { } hi ? $"skill {Percent(v)}, 90 % CI {Percent(lo)} to {Percent(hi)}"
        : $"skill {Percent(v)}";

    private static string Month(DateOnly day) => day.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Score(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A whole percentage with a true minus sign; a value that rounds to zero is "0 %", never "−0 %".</summary>
    internal static string Percent(double x)
    {
        var rounded = Math.Round(x * 100);
        return (rounded == 0 ? 0 : rounded).ToString("0", CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal) + " %";
    }
}
