using System.CommandLine;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Cli.Output;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch warnings [--actor iskp] [--as-of DATE] [--cadence month|week] [--country ISO3]
/// [--province NAME] [--format table|json]</c>: the current warnings with their evidence. The as-of
/// day defaults to the actor's last event, so the same store gives the same warnings.
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
            var actorId = watch.ActorId(parse);
            var region = watch.Region(parse);
            var day = Arguments.Date(parse.GetValue(asOf), "--as-of");
            var options = new WarningOptions
            {
                Cadence = parse.GetValue(cadence) == "week" ? PeriodKind.Week : PeriodKind.Month,
                BaselinePeriods = parse.GetValue(cadence) == "week" ? 104 : 24,
                MonitorPeriods = parse.GetValue(cadence) == "week" ? 52 : 12,
            };
            var data = watch.Load(parse, console, actorId);
            var dataEnd = data.LastEvent!.Value; // Load refuses a store without the actor's events.
            var report = WarningDetector.Detect(data.Events, day ?? dataEnd, data.CoverageStart, region, IndicatorRules.Iskp, options);
            if (parse.GetValue(watch.Format) == "json")
            {
                WarningJsonWriter.Write(console.Out, actorId, region, options, report, dataEnd);
            }
            else
            {
                WarningTextWriter.Write(console.Out, actorId, region, options, report, dataEnd);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
