using System.CommandLine;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Cli.Output;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch indicators [--actor iskp] [--period week|month|quarter|year|window] [--from DATE] [--to DATE]
/// [--country ISO3] [--province NAME] [--format table|json]</c>. The range defaults to the actor's
/// first event (or the start of its coverage, if later) and last event; <c>window</c> makes the whole range one period (the paper's "first four months").
/// A first period that ends before the data begin is refused: it would read as zeros, not as no data.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var watch = new WatchOptions(db);
        var period = new Option<string>("--period") { Description = "Period length", DefaultValueFactory = _ => "quarter" };
        period.AcceptOnlyFromAmong("week", "month", "quarter", "year", "window");
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD (default: the actor's first event, or the start of its coverage if later)" };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD (default: the actor's last event)" };

        var command = new Command("indicators", "The seed paper's indicators per period, with year-on-year rate ratios") { period, from, to };
        watch.AddTo(command);
        command.SetAction(parse =>
        {
            var actorId = watch.ActorId(parse);
            var region = watch.Region(parse);
            var kind = Enum.Parse<PeriodKind>(parse.GetValue(period)!, ignoreCase: true); // Restricted to the enum's names above.
            var (first, last) = Arguments.DateRange(parse.GetValue(from), parse.GetValue(to));

            var data = watch.Load(parse, console, actorId);
            // Load refuses a store without the actor's events. By default the range starts at the actor's first event, but never
            // before its coverage (its emergence): a source may name it earlier, and those periods are refused below.
            var firstEvent = data.FirstEvent!.Value;
            var range = (From: first ?? (firstEvent < data.CoverageStart ? data.CoverageStart : firstEvent), To: last ?? data.LastEvent!.Value);
            if (range.From > range.To)
            {
                throw new UsageException($"the range {range.From:yyyy-MM-dd} to {range.To:yyyy-MM-dd} is empty; give --from and --to");
            }

            var periods = Periods.Covering(range.From, range.To, kind);
            WatchOptions.CheckCovered(data, periods, actorId);

            var indicators = IndicatorCalculator.Compute(data.Events, periods, region, IndicatorRules.Iskp, data.CoverageStart);
            var context = new IndicatorContext(actorId, region, kind, range.From, range.To, data.CoverageStart)
            {
                LethalOnlySources = IndicatorRules.LethalOnly(data.Events) ? IndicatorRules.SourcesOf(data.Events) : null,
            };
            if (parse.GetValue(watch.Format) == "json")
            {
                IndicatorJsonWriter.Write(console.Out, context, indicators);
            }
            else
            {
                IndicatorTableWriter.Write(console.Out, context, indicators);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
