using System.Globalization;
using System.Text;
using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.Reporting.Charts;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>
/// Annex: the forecasts' track record. For each probability the report states, the model it was
/// made with and why, its backtest on this store against climatology and the former model, and a
/// reliability chart of all three: forecast against what happened, by bin.
/// </summary>
internal static class ForecastRecordSection
{
    public static void Write(StringBuilder html, ReportContent content)
    {
        if (content.TrackRecord is not { } record)
        {
            return;
        }

        html.Append("<h2 id=\"forecast-record\">Annex: the forecasts' track record</h2>\n");
        html.Append($"<p>Each forecast in the key points was made the same way at every monthly origin of the store's history, from the events dated up to that origin only, and scored against what the next {record.Horizon} months then held ({record.Origins} origins{(record.FirstOrigin is { } f ? $", {Day(f)} to {Day(record.LastOrigin!.Value)}" : "")}). ");
        html.Append($"The model each forecast uses is the one with the lowest mean Brier score among climatology and the models of a rate, given at least {Backtest.MinOrigins} origins; otherwise climatology. Scores are lower-is-better; skill is 1 − score ÷ climatology's score, with a 90 % block-bootstrap interval over origins.</p>\n");
        var probabilities = record.Questions.Where(q => q.Kind == QuestionBacktest.Probability).ToList();
        html.Append("<table class=\"data keep\"><thead><tr><th>Forecast</th><th>Model used</th><th class=\"n\">Brier</th><th class=\"n\">Climatology</th><th class=\"n\">Former model</th><th class=\"n\">Skill (90 % CI)</th></tr></thead><tbody>\n");
        foreach (var q in probabilities)
        {
            var chosen = q.Chosen;
            var skill = chosen.Against(ForecastModels.Climatology);
            html.Append($"<tr><td>{E(q.Question.Text)}</td><td>{E(chosen.Model.Name)}</td><td class=\"n\">{Score(chosen.Score)}</td><td class=\"n\">{Score(q.Of(ForecastModels.Climatology).Score)}</td><td class=\"n\">{Score(q.Of(ForecastModels.GammaPoisson).Score)}</td>");
            html.Append($"<td class=\"n\">{(skill?.Value is { } v ? $"{Pct(v)}{(skill.Low is { } lo && skill.High is { } hi ? $" ({Pct(lo)} to {Pct(hi)})" : "")}" : "—")}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        html.Append("<p class=\"no-data\">").Append(E(string.Join(" ", probabilities.Select(q => $"{Capital(q.Question.Text)}: {q.Choice.Reason}.")))).Append("</p>\n");
        var series = probabilities.Where(q => q.Chosen.Reliability.Count > 0)
            .Select(q => ($"{q.Question.Text} ({q.Chosen.Model.Id})", q.Chosen.Reliability)).ToList();
        if (series.Count > 0)
        {
            html.Append("<figure class=\"keep\">").Append(ReliabilityChart.Render(series, 640, "Reliability of the report's forecasts on this store's history"));
            html.Append("<figcaption>Forecast probability against how often the event then happened, by ten-point bin; a point's size is the number of forecasts in it. On the dashed diagonal a forecast of 30 % comes true 30 % of the time.</figcaption></figure>\n");
        }
    }

    private static string Score(double x) => double.IsFinite(x) ? x.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    private static string Pct(double x) => (x * 100).ToString("0", CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal) + " %";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
