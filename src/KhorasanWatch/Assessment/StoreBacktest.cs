using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Assessment;

/// <summary>
/// The backtest of the report's forecasts on a store's own history, one use case for every host:
/// the report's questions for the watched actor, months counted back from the last day the store
/// records any event, origins from <c>from</c> to <c>to</c>.
/// </summary>
public static class StoreBacktest
{
    public static IReadOnlyList<ForecastQuestion> Questions(IndicatorRules rules) =>
        ForecastQuestion.Report(rules, Gazetteer.Default.FindCountry(rules.HomeCountry)?.Name ?? rules.HomeCountry);

    public static BacktestResult Run(WatchData data, IndicatorRules rules, int horizon, DateOnly? from = null, DateOnly? to = null) =>
        Backtest.Run(data.Events.ToList(), Questions(rules), data.CoverageStart, DataEnd(data), horizon, from, to, data.Results);

    /// <summary>The last day the data cover: the store's last event, never a later day read as quiet.</summary>
    public static DateOnly DataEnd(WatchData data) =>
        data.CoverageEnd == DateOnly.MaxValue ? data.LastEvent!.Value : data.CoverageEnd;
}
