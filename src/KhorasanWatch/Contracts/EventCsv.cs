using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Storage;
using static KhorasanWatch.Contracts.EventCodes;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch events --format csv</c> and the dashboard's export: one row per record, streamed; the
/// columns are a contract (docs/cli.md, "events"). Text is cleaned of control characters and quoted per RFC 4180.
/// </summary>
public static class EventCsv
{
    private static readonly string[] CsvHeader =
    [
        "id", "source", "date", "date_end", "date_precision", "country", "admin1", "admin1_derived", "latitude", "longitude", "event_type",
        "actors", "role", "attribution", "target_category", "fatalities_best", "fatalities_low", "fatalities_high", "linked_events",
        "deaths_low_across_sources", "deaths_high_across_sources", "sources_disagree",
    ];

    public static void Write(TextWriter output, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events)
    {
        output.WriteLine(string.Join(',', CsvHeader));
        foreach (var (stored, across) in events)
        {
            var e = stored.Event;
            string?[] values =
            [
                e.Id, e.Source.Code(), Day(e.Date.Start), Day(e.Date.End), WireNames.Precision(e.Date.Precision), e.Country, e.Admin1,
                e.Admin1Derived ? "true" : "false", Number(e.Latitude), Number(e.Longitude), e.EventType.Code(), string.Join(';', e.ActorIds),
                Role(e), Attribution(e), e.TargetCategory?.Id(), Number(e.Fatalities.Best), Number(e.Fatalities.Low),
                Number(e.Fatalities.High), string.Join(';', stored.LinkedIds),
                Number(AcrossLow(across)), Number(AcrossHigh(across)), across?.Disagreement,
            ];
            output.WriteLine(string.Join(',', values.Select(TerminalText.Csv)));
        }
    }

}
