using System.CommandLine;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Warnings;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch warnings [--actor iskp] [--as-of DATE] [--cadence month|week] [--country ISO3]
/// [--province NAME] [--format table|json]</c>: the current warnings with their evidence
/// (<see cref="WarningsUseCase"/>). The as-of day defaults to the actor's last event, so the same
/// store gives the same warnings.
/// </summary>
internal static class WarningsCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var watch = new WatchOptions(db);
        var asOf = new Option<string?>("--as-of") { Description = "The day to speak from, YYYY-MM-DD (default: the actor's last event)" };
        var cadence = new Option<string>("--cadence") { Description = "Count periods for the CUSUMs and change points", DefaultValueFactory = _ => "month" };
        cadence.AcceptOnlyFromAmong("month", "week");

        var command = new Command("warnings", "Current warnings: CUSUMs, change points, rate ratios, new places, target-mix shifts") { asOf, cadence };
        watch.AddTo(command);
        command.SetAction(parse =>
        {
            var (actor, country, province) = watch.Values(parse);
            var day = RequestValues.Date(parse.GetValue(asOf), "as_of", toEnd: true);
            var kind = WarningsUseCase.CadenceOf(parse.GetValue(cadence));
            var result = CliServices.Get<WarningsUseCase>(parse, db, console).Detect(new WarningsRequest(actor, country, province, day, kind));
            if (parse.GetValue(watch.Format) == "json")
            {
                console.Out.WriteLine(ContractDocuments.Warnings(result));
            }
            else
            {
                WarningTextWriter.Write(console.Out, result.ActorId, result.Region, result.Options, result.Report, result.DataEnd);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
