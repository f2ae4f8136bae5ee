using System.Globalization;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// Writes events as a table for people, or as CSV or JSON for tools. The JSON field names are a
/// contract; every event is streamed, so output of any size uses little memory. A record linked to
/// other sources' records carries the event as all of them tell it (<see cref="Assessment.AcrossSources"/>):
/// the deaths' range across them and where they disagree.
/// </summary>
internal static class EventWriters
{
    public static void Write(TextWriter output, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events, string format, Analysis.Profiles.WatchProfile profile)
    {
        switch (format)
        {
            case "json": EventJson.WriteArray(output, events, profile); break;
            case "csv": EventCsv.Write(output, events); break;
            default: WriteTable(output, events); break;
        }
    }

    private static void WriteTable(TextWriter output, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events)
    {
        var table = new TextTable("date", "id", "country", "province", "type", "role", "attribution", "target", "killed");
        var count = 0;
        var differ = false;
        IEnumerable<string[]> Rows()
        {
            foreach (var (stored, across) in events)
            {
                var e = stored.Event;
                var disagree = across?.Disagreement is not null;
                differ |= disagree;
                count++;
                yield return
                [
                    e.Date.ToString(),
                    e.Id,
                    e.Country,
                    e.Admin1 is null ? "" : e.Admin1 + (e.Admin1Derived ? "*" : ""),
                    e.EventType.Code(),
                    EventCodes.Role(e) ?? "",
                    EventCodes.Attribution(e) ?? "",
                    e.TargetCategory?.Id() ?? "",
                    FatalitiesText(e.Fatalities) + (disagree ? "†" : ""),
                ];
            }
        }

        table.Stream(output, Rows());
        output.WriteLine($"{count} event{(count == 1 ? "" : "s")}; * province derived from coordinates" +
            (differ ? "; † another source's record of the event differs (--format json: deaths_across_sources, sources_disagree)" : ""));
    }

    private static string FatalitiesText(Fatalities f) =>
        f.Low is not null || f.High is not null ? $"{f.Best?.ToString(CultureInfo.InvariantCulture) ?? "?"} ({f.Low}–{f.High})" : f.Best?.ToString(CultureInfo.InvariantCulture) ?? "";

}
