using System.Text.Json;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// Counts events by year and province: all events, attacks with certain attribution, and events of
/// uncertain attribution kept apart, with the fatalities of the certain attacks — the sum of those a
/// source recorded, and apart the number of attacks whose deaths no source recorded (never read as
/// none: where no attack of a row has a figure, its deaths are not recorded, null in JSON).
/// As a table, CSV (<c>year,country,admin1,events,attacks,uncertain,fatalities_best,fatalities_unknown</c>) or JSON.
/// </summary>
internal static class EventSummaryWriter
{
    private sealed record Row(int Year, string Country, string Province)
    {
        public int Events { get; set; }

        public int Attacks { get; set; }

        public int Uncertain { get; set; }

        public int Killed { get; set; }

        public int KilledUnknown { get; set; }

        /// <summary>The deaths, or null where attacks were counted but none has a recorded figure.</summary>
        public int? KilledOrNull => Attacks > 0 && KilledUnknown == Attacks ? null : Killed;
    }

    public static void Write(TextWriter output, IEnumerable<StoredEvent> events, string format)
    {
        var rows = new Dictionary<(int, string, string), Row>();
        foreach (var stored in events)
        {
            var e = stored.Event;
            var key = (e.Date.Start.Year, e.Country, e.Admin1 ?? "(unknown)");
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = new Row(key.Year, key.Country, key.Item3);
            }

            row.Events++;
            if (e.Attribution == Attribution.Uncertain)
            {
                row.Uncertain++;
            }
            else if (Analysis.Indicators.IndicatorRules.IsAttack(Analysis.Profiles.EventClassifier.WithEngagement(Analysis.Profiles.WatchProfile.Iskp, e)))
            {
                row.Attacks++;
                if (e.Fatalities.Best is { } best)
                {
                    row.Killed += best;
                }
                else
                {
                    row.KilledUnknown++;
                }
            }
        }

        var ordered = rows.Values.OrderBy(r => r.Year).ThenBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Province, StringComparer.Ordinal).ToList();
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(
                ordered.Select(r => new { year = r.Year, country = r.Country, admin1 = r.Province, events = r.Events, attacks = r.Attacks, uncertain = r.Uncertain, fatalities_best = r.KilledOrNull, fatalities_unknown = r.KilledUnknown }),
                JsonOutput.Indented));
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
