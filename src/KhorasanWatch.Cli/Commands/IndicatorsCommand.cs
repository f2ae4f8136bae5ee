using System.CommandLine;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Indicators;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch indicators [--actor iskp] [--period week|month|quarter|year|window] [--from DATE] [--to DATE]
/// [--country ISO3] [--province NAME] [--format table|json]</c>: parses, calls <see cref="IndicatorsUseCase"/>
/// (which holds the range defaults and refuses periods before the data), and writes the result.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var watch = new WatchOptions(db);
        var period = new Option<string>("--period") { Description = "Period length", DefaultValueFactory = _ => "quarter" };
        period.AcceptOnlyFromAmong(IndicatorsUseCase.Periods);
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD (default: the actor's first event, or the start of its coverage if later)" };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD (default: the actor's last event)" };

        var command = new Command("indicators", "The seed paper's indicators per period, with year-on-year rate ratios") { period, from, to };
        watch.AddTo(command);
        command.SetAction(parse =>
        {
            var (actor, country, province) = watch.Values(parse);
            var (first, last) = RequestValues.DateRange(parse.GetValue(from), parse.GetValue(to));
            var kind = IndicatorsUseCase.Period(parse.GetValue(period));
            var result = CliServices.Get<IndicatorsUseCase>(parse, db, console).Compute(new IndicatorsRequest(actor, country, province, kind, first, last));
            if (parse.GetValue(watch.Format) == "json")
            {
                console.Out.WriteLine(ContractDocuments.Indicators(result));
            }
            else
            {
                IndicatorTableWriter.Write(console.Out, result.Context, result.Periods);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
