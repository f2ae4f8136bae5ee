using System.CommandLine;
using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Assessment;
using KhorasanWatch.Cli.Output;

using KhorasanWatch.UseCases;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch backtest [--from DATE] [--to DATE] [--horizon 1|3|6] [--actor iskp] [--format table|json]</c>:
/// the report's forecasts made at every monthly origin of the store's history from what was known
/// then, scored against what happened, beside the baselines, with the model each forecast is made with.
/// </summary>
internal static class BacktestCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var watch = new WatchOptions(db);
        var from = new Option<string?>("--from") { Description = "First origin, YYYY-MM-DD (default: twelve months into the data)" };
        var to = new Option<string?>("--to") { Description = "Last origin, YYYY-MM-DD (default: the horizon before the data end)" };
        var horizon = new Option<string>("--horizon") { Description = "Months ahead each forecast looks", DefaultValueFactory = _ => "3" };
        horizon.AcceptOnlyFromAmong("1", "3", "6");

        var command = new Command("backtest", "Score the report's forecasts on the store's own history against baselines") { from, to, horizon };
        watch.AddActorTo(command);
        command.Options.Add(watch.Format);
        command.SetAction(parse =>
        {
            var actorId = watch.ActorId(parse, console);
            var (first, last) = RequestValues.DateRange(parse.GetValue(from), parse.GetValue(to));
            var months = int.Parse(parse.GetValue(horizon)!, System.Globalization.CultureInfo.InvariantCulture); // Restricted to 1, 3, 6 above.
            var data = watch.Load(parse, console, actorId);
            var result = StoreBacktest.Run(data, IndicatorRules.Iskp, months, first, last);
            var dataEnd = StoreBacktest.DataEnd(data);
            if (result.Origins == 0)
            {
                throw new UsageException(
                    $"no origin to backtest from: each needs {Backtest.HistoryMonths} months of data before it and {months} after, and the data run from {data.CoverageStart:yyyy-MM-dd} to {dataEnd:yyyy-MM-dd}" +
                    (first is not null || last is not null ? " (within --from/--to)" : ""));
            }

            var context = new BacktestContext(actorId, data.CoverageStart, dataEnd);
            if (parse.GetValue(watch.Format) == "json")
            {
                BacktestJsonWriter.Write(console.Out, context, result);
            }
            else
            {
                BacktestTableWriter.Write(console.Out, context, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
