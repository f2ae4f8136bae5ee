namespace KhorasanWatch.Cli.Output;

/// <summary>What a backtest's output says about its data besides the result: whose forecasts, and the days the data cover.</summary>
internal sealed record BacktestContext(string Actor, DateOnly CoverageStart, DateOnly DataEnd);
