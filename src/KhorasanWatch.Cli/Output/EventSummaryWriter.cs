using System.Text.Json;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// Counts events by year and province: all events, attacks with certain attribution, and events of
/// uncertain attribution kept apart, with the fatalities of the certain attacks.
/// </summary>
internal static class EventSummaryWriter
{
    private sealed record Row(int Year, string Country, string Province)
    {
        public int Events { get; set; }

        public int Attacks { get; set; }

        public int Uncertain { get; set; }

        public int Killed { get; set; }
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
                row.Killed += e.Fatalities.Best ?? 0;
            }
        }

        var ordered = rows.Values.OrderBy(r => r.Year).ThenBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Province, StringComparer.Ordinal).ToList();
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(
                ordered.Select(r => new { year = r.Year, country = r.Country, admin1 = r.Province, events = r.Events, attacks = r.Attacks, uncertain = r.Uncertain, fatalities_best = r.Killed }),
                JsonOutput.Indented));
            return;
        }

        var table = new TextTable("year", "country", "province", "events", "attacks", "uncertain", "killed");
        foreach (var r in ordered)
        {
            table.Add($"{r.Year}", r.Country, r.Province, $"{r.Events}", $"{r.Attacks}", $"{r.Uncertain}", $"{r.Killed}");
        }

        table.Write(output);
        output.WriteLine($"{ordered.Sum(r => r.Events)} events; attacks = counted as indicators count them (the actor as perpetrator, or an engagement its headlines read as its attack), certain attribution; uncertain = hedged attribution, counted apart");
    }
}
