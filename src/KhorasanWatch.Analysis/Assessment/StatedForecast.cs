using KhorasanWatch.Analysis.Forecasting;

namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// A probability the report states: the event, how many make it come true, the model that gave it
/// (the one its backtest chose), the months the data leave unobserved before the forecast window,
/// and the question's backtest, its track record.
/// </summary>
public sealed record StatedForecast(ForecastQuestion Question, int Threshold, double Probability, ForecastModel Model, int UnobservedMonths, QuestionBacktest Record);
