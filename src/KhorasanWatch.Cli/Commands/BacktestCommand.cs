using System.CommandLine;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Backtests;

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
        horizon.AcceptOnlyFromAmong(BacktestUseCase.Horizons);

        var command = new Command("backtest", "Score the report's forecasts on the store's own history against baselines") { from, to, horizon };
        watch.AddActorTo(command);
        command.Options.Add(watch.Format);
        command.SetAction(parse =>
        {
            var (first, last) = RequestValues.DateRange(parse.GetValue(from), parse.GetValue(to));
            var answer = CliServices.Get<BacktestUseCase>(parse, db, console)
                .Run(new BacktestRequest(watch.Values(parse).Actor, first, last, BacktestUseCase.Horizon(parse.GetValue(horizon))));
            if (parse.GetValue(watch.Format) == "json")
            {
                console.Out.WriteLine(ContractDocuments.Backtest(answer));
            }
            else
            {
                BacktestTableWriter.Write(console.Out, answer);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
