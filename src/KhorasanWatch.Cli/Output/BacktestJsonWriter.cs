using System.Text.Json;
using KhorasanWatch.Analysis.Forecasting;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>backtest --format json</c>: <c>{"actor","coverage_start","data_end","horizon_months","origins","first_origin",
/// "last_origin","min_origins","forecasts":[{"id","kind","question","score_name","chosen_model","choice_reason",
/// "models":[{"model","name","baseline","score","log_score","coverage_50","coverage_90","skill":{BASELINE:{"skill","low","high"}},
/// "reliability":[{"low","high","mean_forecast","observed","count"}]}]}]}</c>.
/// </summary>
internal static class BacktestJsonWriter
{
    public static void Write(TextWriter output, BacktestContext context, BacktestResult result) => JsonFields.Document(output, json =>
    {
        json.WriteString("actor", context.Actor);
        json.WriteString("coverage_start", context.CoverageStart.ToString("yyyy-MM-dd"));
        json.WriteString("data_end", context.DataEnd.ToString("yyyy-MM-dd"));
        json.WriteNumber("horizon_months", result.Horizon);
        json.WriteNumber("origins", result.Origins);
        json.WriteString("first_origin", result.FirstOrigin?.ToString("yyyy-MM-dd"));
        json.WriteString("last_origin", result.LastOrigin?.ToString("yyyy-MM-dd"));
        json.WriteNumber("min_origins", Backtest.MinOrigins);
        json.WriteStartArray("forecasts");
        foreach (var q in result.Questions)
        {
            json.WriteStartObject();
            json.WriteString("id", q.Question.Id);
            json.WriteString("kind", q.Kind);
            json.WriteString("question", q.Kind == QuestionBacktest.Count ? "the number of attacks" : q.Question.Text);
            json.WriteString("score_name", q.ScoreName);
            json.WriteString("chosen_model", q.Choice.Model);
            json.WriteString("choice_reason", q.Choice.Reason);
            json.WriteStartArray("models");
            foreach (var m in q.Models)
            {
                Model(json, m);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static void Model(Utf8JsonWriter json, ModelBacktest m)
    {
        json.WriteStartObject();
        json.WriteString("model", m.Model.Id);
        json.WriteString("name", m.Model.Name);
        json.WriteBoolean("baseline", m.Model.IsBaseline);
        JsonFields.Number(json, "score", m.Score);
        JsonFields.Number(json, "log_score", m.LogScore);
        JsonFields.Number(json, "coverage_50", m.Coverage50);
        JsonFields.Number(json, "coverage_90", m.Coverage90);
        json.WriteStartObject("skill");
        foreach (var s in m.Skills)
        {
            json.WriteStartObject(s.Baseline);
            JsonFields.Number(json, "skill", s.Value);
            JsonFields.Number(json, "low", s.Low);
            JsonFields.Number(json, "high", s.High);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("reliability");
        foreach (var bin in m.Reliability)
        {
            json.WriteStartObject();
            JsonFields.Number(json, "low", bin.Low);
            JsonFields.Number(json, "high", bin.High);
            JsonFields.Number(json, "mean_forecast", bin.MeanForecast);
            JsonFields.Number(json, "observed", bin.Observed);
            json.WriteNumber("count", bin.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
