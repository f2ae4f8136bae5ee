using System.CommandLine;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Events;

namespace KhorasanWatch.Cli.Commands;

/// <summary><c>kwatch events [--actor iskp] [--country AFG] [--from DATE] [--to DATE] [--format table|csv|json] [--summary]</c></summary>
internal static class EventsCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var actor = new Option<string?>("--actor") { Description = "Only events naming this actor id (e.g. iskp, taliban)" };
        var country = new Option<string?>("--country") { Description = "Only events in this country (ISO3 or name)" };
        var from = new Option<string?>("--from") { Description = "First date, YYYY-MM-DD (inclusive; YYYY or YYYY-MM for the first day of a year or month)" };
        var to = new Option<string?>("--to") { Description = "Last date, YYYY-MM-DD (inclusive; YYYY or YYYY-MM for the last day of a year or month)" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var summary = new Option<bool>("--summary") { Description = "Count the events by year and province instead of listing them" };
        var limit = new Option<string?>("--limit") { Description = "List at most this many events" };

        var command = new Command("events", "List stored events") { actor, country, from, to, format, summary, limit };
        command.SetAction(parse =>
        {
            var events = CliServices.Get<EventsUseCase>(parse, db, console);
            // The dashboard's filters, checked by the same code; the CLI lists oldest first.
            var filter = new EventFilter(From: parse.GetValue(from), To: parse.GetValue(to), Country: parse.GetValue(country), Actor: parse.GetValue(actor), Sort: "oldest");
            var query = filter.ToQuery(events) with { Limit = RequestValues.Count(parse.GetValue(limit), "limit") };
            // A summary counts (a source's licence keeps its rows, not its counts, from other organisations).
            using var listing = parse.GetValue(summary) ? events.List(query with { Counting = true }, acrossSources: false) : events.List(query);
            if (parse.GetValue(summary))
            {
                EventSummaryWriter.Write(console.Out, EventSummary.Of(listing.Events.Select(e => e.Stored), events.Profile), parse.GetValue(format)!);
            }
            else
            {
                EventWriters.Write(console.Out, listing.Events, parse.GetValue(format)!, events.Profile);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
