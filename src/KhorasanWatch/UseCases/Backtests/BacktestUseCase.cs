using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.Assessment;

namespace KhorasanWatch.UseCases.Backtests;

/// <summary>
/// The report's forecasts made at every monthly origin of the store's history from the events
/// dated up to it, and scored against what followed, beside the baselines: what <c>backtest</c>
/// answers in every host. A range with no origin (each needs its history before and its horizon
/// after, within the data) is refused, saying why.
/// </summary>
public sealed class BacktestUseCase(WatchReader reader)
{
    public static readonly string[] Horizons = ["1", "3", "6"];

    public BacktestAnswer Run(BacktestRequest request)
    {
        var actorId = reader.ActorId(request.ActorId);
        RequestValues.CheckOrder(request.From, request.To);
        var data = reader.Load(actorId);
        var result = StoreBacktest.Run(data, reader.Rules, request.Horizon, request.From, request.To);
        var dataEnd = StoreBacktest.DataEnd(data);
        if (result.Origins == 0)
        {
            var (history, ahead, start, end) = (Backtest.HistoryMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
                request.Horizon.ToString(System.Globalization.CultureInfo.InvariantCulture), RequestValues.Day(data.CoverageStart), RequestValues.Day(dataEnd));
            throw request.From is not null || request.To is not null
                ? RequestValues.Invalid("no origin to backtest from: each needs {0} months of data before it and {1} after, and the data run from {2} to {3} (within {from}/{to})", history, ahead, start, end)
                : RequestValues.Invalid("no origin to backtest from: each needs {0} months of data before it and {1} after, and the data run from {2} to {3}", history, ahead, start, end);
        }

        return new BacktestAnswer(actorId, data.CoverageStart, dataEnd, result);
    }

    /// <summary>A horizon in months by its name: 1, 3 or 6; 3 when none is given.</summary>
    public static int Horizon(string? text) =>
        int.Parse(RequestValues.OneOf(RequestValues.Blank(text), "horizon", "3", Horizons), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Whose forecasts (the watched actor when null), which origins (the whole history when null), how many months ahead.</summary>
public sealed record BacktestRequest(string? ActorId = null, DateOnly? From = null, DateOnly? To = null, int Horizon = 3);

/// <summary>The backtest, with whose forecasts they are and the days the data cover.</summary>
public sealed record BacktestAnswer(string Actor, DateOnly CoverageStart, DateOnly DataEnd, BacktestResult Result);
