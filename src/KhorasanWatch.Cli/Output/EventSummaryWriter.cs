using KhorasanWatch.UseCases.Events;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>kwatch events --summary</c>: the counts by year and province that <see cref="EventSummary"/>
/// makes (each real event once, attacks as the indicators count them), where no attack of a row has
/// a figure its deaths are not recorded (null in JSON). As a table, CSV (<c>year,country,admin1,events,attacks,uncertain,fatalities_best,fatalities_unknown</c>) or JSON.
/// </summary>
internal static class EventSummaryWriter
{
    public static void Write(TextWriter output, IReadOnlyList<SummaryRow> ordered, string format)
    {
        if (format == "json")
        {
            output.WriteLine(ContractDocuments.Summary(ordered));
            return;
        }

        if (format == "csv")
        {
            output.WriteLine("year,country,admin1,events,attacks,uncertain,fatalities_best,fatalities_unknown");
            foreach (var r in ordered)
            {
                output.WriteLine(string.Join(',', new[] { $"{r.Year}", r.Country, r.Province, $"{r.Events}", $"{r.Attacks}", $"{r.Uncertain}", r.KilledOrNull?.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{r.KilledUnknown}" }.Select(TerminalText.Csv)));
            }

            return;
        }

        var table = new TextTable("year", "country", "province", "events", "attacks", "uncertain", "killed", "killed n/r");
        foreach (var r in ordered)
        {
            table.Add($"{r.Year}", r.Country, r.Province, $"{r.Events}", $"{r.Attacks}", $"{r.Uncertain}", r.KilledOrNull is { } k ? $"{k}" : "not recorded", $"{r.KilledUnknown}");
        }

        table.Write(output);
        output.WriteLine($"{ordered.Sum(r => r.Events)} events; attacks = counted as indicators count them (the actor as perpetrator, or an engagement its headlines read as its attack), certain attribution; uncertain = hedged attribution, counted apart; killed n/r = attacks whose deaths no source recorded (not counted as none)");
    }
}
