using System.Globalization;
using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.UseCases.Backtests;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>backtest</c> as tables within 100 columns: per forecast, each model's mean score, log score
/// and skill against climatology and against the report's former model (90 % intervals), the
/// model chosen and why, and the chosen model's reliability table.
/// </summary>
internal static class BacktestTableWriter
{
    public static void Write(TextWriter output, BacktestAnswer answer)
    {
        var (context, result) = (answer, answer.Result);
        output.WriteLine($"Backtest of the {context.Actor} forecasts, {result.Horizon} month{(result.Horizon == 1 ? "" : "s")} ahead: {result.Origins} monthly origins, {result.FirstOrigin:yyyy-MM-dd} to {result.LastOrigin:yyyy-MM-dd}");
        TextWrap.Write(output, "", $"Data {context.CoverageStart:yyyy-MM-dd} to {context.DataEnd:yyyy-MM-dd}. Each origin sees only the events dated up to it; scores are means over origins, lower is better; skill = 1 - score / baseline's score, with a 90 % block-bootstrap interval. * marks the model the forecast is made with.", 0);
        foreach (var q in result.Questions)
        {
            output.WriteLine();
            var what = q.Kind == QuestionBacktest.Count ? "the number of attacks (CRPS)" : $"{q.Question.Text} (Brier)";
            output.WriteLine($"{q.Question.Id}{(q.Kind == QuestionBacktest.Count ? " count" : "")}: {what}");
            var table = q.Kind == QuestionBacktest.Count
                ? new TextTable("model", "CRPS", "log", "in 50%", "in 90%", "skill vs climatology", "skill vs zero")
                : new TextTable("model", "Brier", "log", "skill vs climatology", "skill vs gamma_poisson_12");
            foreach (var m in q.Models)
            {
                var id = m.Model.Id + (m.Model.Id == q.Choice.Model ? " *" : "");
                if (q.Kind == QuestionBacktest.Count)
                {
                    table.Add(id, F(m.Score), F(m.LogScore), P(m.Coverage50), P(m.Coverage90), Skill(m, ForecastModels.Climatology), Skill(m, ForecastModels.Zero));
                }
                else
                {
                    table.Add(id, F(m.Score), F(m.LogScore), Skill(m, ForecastModels.Climatology), Skill(m, ForecastModels.GammaPoisson));
                }
            }

            table.Write(output);
            TextWrap.Write(output, "", $"* chosen: {q.Choice.Model}, {q.Choice.Reason}.", 2);
            if (q.Kind == QuestionBacktest.Probability && q.Chosen.Reliability.Count > 0)
            {
                var bins = new TextTable("forecast", "mean forecast", "came true", "n");
                foreach (var bin in q.Chosen.Reliability)
                {
                    bins.Add($"{bin.Low * 100:0}-{bin.High * 100:0} %", P(bin.MeanForecast), P(bin.Observed), bin.Count.ToString(CultureInfo.InvariantCulture));
                }

                output.WriteLine($"Reliability of {q.Choice.Model}:");
                bins.Write(output);
            }
        }
    }

    private static string Skill(ModelBacktest m, ForecastModel baseline) =>
        m.Model.Id == baseline.Id ? "-"
        : m.Against(baseline) is not { Value: { } v } s ? "n/a"
        : s.Low is { } lo && s.High is { } hi ? $"{Pct(v)} ({Pct(lo)} to {Pct(hi)})" : Pct(v);

    private static string Pct(double x) => Math.Round(x * 100) is var r && r == 0 ? "0%" : r.ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string F(double x) => double.IsFinite(x) ? x.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static string P(double? x) => x is { } v && double.IsFinite(v) ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "n/a";
}
