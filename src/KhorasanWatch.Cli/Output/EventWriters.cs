using System.Globalization;
using System.Text;
using System.Text.Json;
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
    public static void Write(TextWriter output, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events, string format)
    {
        switch (format)
        {
            case "json": WriteJson(output, events); break;
            case "csv": WriteCsv(output, events); break;
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
                    RoleText(e) ?? "",
                    AttributionText(e) ?? "",
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

    private static readonly string[] CsvHeader =
    [
        "id", "source", "date", "date_end", "date_precision", "country", "admin1", "admin1_derived", "latitude", "longitude", "event_type",
        "actors", "role", "attribution", "target_category", "fatalities_best", "fatalities_low", "fatalities_high", "linked_events",
        "deaths_low_across_sources", "deaths_high_across_sources", "sources_disagree",
    ];

    private static void WriteCsv(TextWriter output, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events)
    {
        output.WriteLine(string.Join(',', CsvHeader));
        foreach (var (stored, across) in events)
        {
            var e = stored.Event;
            string?[] values =
            [
                e.Id, e.Source.Code(), Day(e.Date.Start), Day(e.Date.End), e.Date.Precision.ToString().ToLowerInvariant(), e.Country, e.Admin1,
                e.Admin1Derived ? "true" : "false", Number(e.Latitude), Number(e.Longitude), e.EventType.Code(), string.Join(';', e.ActorIds),
                RoleText(e), AttributionText(e), e.TargetCategory?.Id(), Number(e.Fatalities.Best), Number(e.Fatalities.Low),
                Number(e.Fatalities.High), string.Join(';', stored.LinkedIds),
                Number(AcrossLow(across)), Number(AcrossHigh(across)), across?.Disagreement,
            ];
            output.WriteLine(string.Join(',', values.Select(Csv)));
        }
    }

    private static void WriteJson(TextWriter output, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events)
    {
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var (stored, across) in events)
        {
            WriteEvent(json, stored, across);
            // The writer holds what it has not flushed (BytesPending), not the stream: asking the
            // stream's length never flushed, and a listing of 1.2M events died holding 5 GB of JSON.
            if (json.BytesPending > 1 << 16)
            {
                Flush(json, buffer, output);
            }
        }

        json.WriteEndArray();
        Flush(json, buffer, output);
        output.WriteLine();
    }

    private static void Flush(Utf8JsonWriter json, MemoryStream buffer, TextWriter output)
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    private static void WriteEvent(Utf8JsonWriter json, StoredEvent stored, CountedEvent? across)
    {
        var e = Analysis.Profiles.EventClassifier.WithEngagement(Analysis.Profiles.WatchProfile.Iskp, stored.Event);
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("source", e.Source.Code());
        Text(json, "source_event_id", e.SourceEventId);
        json.WriteString("date", Day(e.Date.Start));
        json.WriteString("date_end", Day(e.Date.End));
        json.WriteString("date_precision", e.Date.Precision.ToString().ToLowerInvariant());
        json.WriteString("country", e.Country);
        Text(json, "admin1", e.Admin1);
        json.WriteBoolean("admin1_derived", e.Admin1Derived);
        Text(json, "admin2", e.Admin2);
        Text(json, "location", e.Location);
        Number(json, "latitude", e.Latitude);
        Number(json, "longitude", e.Longitude);
        json.WriteString("event_type", e.EventType.Code());
        Text(json, "sub_event_type", e.SubEventType);
        if (SourceCoverage.Of(e.Source).RecordsSuicide)
        {
            json.WriteBoolean("suicide", e.Suicide);
        }
        else
        {
            json.WriteNull("suicide"); // The source does not record it: unknown, not false.
        }

        json.WriteStartArray("actors");
        foreach (var id in e.ActorIds)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        Text(json, "actor1", e.Actor1);
        Text(json, "assoc_actor1", e.AssocActor1);
        Text(json, "actor2", e.Actor2);
        Text(json, "assoc_actor2", e.AssocActor2);
        Text(json, "role", RoleText(e));
        Text(json, "attribution", AttributionText(e));
        Text(json, "target_category", e.TargetCategory?.Id());
        Text(json, "target_reason", e.TargetReason);
        Text(json, "engagement", e.Engagement?.Kind switch
        {
            null => null,
            Analysis.Engagements.EngagementKind.ActorAttack => "actor_attack",
            Analysis.Engagements.EngagementKind.OperationAgainstActor => "operation_against_actor",
            _ => "undetermined",
        });
        Text(json, "engagement_reason", e.Engagement?.Reason);
        Text(json, "dataset", e.Dataset);
        Number(json, "fatalities_best", e.Fatalities.Best);
        Number(json, "fatalities_low", e.Fatalities.Low);
        Number(json, "fatalities_high", e.Fatalities.High);
        Text(json, "notes", e.Notes);
        Text(json, "source_names", e.SourceNames);
        json.WriteStartArray("linked_events");
        foreach (var id in stored.LinkedIds)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();

        // The event as all its linked records tell it; null when no other source recorded it.
        if (across is null)
        {
            json.WriteNull("deaths_across_sources");
        }
        else
        {
            json.WriteStartObject("deaths_across_sources");
            Number(json, "low", AcrossLow(across));
            Number(json, "high", AcrossHigh(across));
            json.WriteEndObject();
        }

        Text(json, "sources_disagree", across?.Disagreement);
        json.WriteNumber("version", stored.Version);
        json.WriteEndObject();
    }

    /// <summary>The fewest and most deaths any of the event's records gives (a record's best where it gives no range); null when none records deaths.</summary>
    private static int? AcrossLow(CountedEvent? across) => across?.Event.Fatalities is { } f ? f.Low ?? f.Best : null;

    private static int? AcrossHigh(CountedEvent? across) => across?.Event.Fatalities is { } f ? f.High ?? f.Best : null;

    // Null (empty in a table or CSV), not "none", for an event without the watched actor: the
    // contract's values are perpetrator/target/party and certain/uncertain.
    private static string? RoleText(ConflictEvent e) => e.Role is WatchRole.None ? null : e.Role.Code();

    private static string? AttributionText(ConflictEvent e) => e.Attribution is Attribution.None ? null : e.Attribution.Code();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(double? d) => d?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? i) => i?.ToString(CultureInfo.InvariantCulture);

    private static string Csv(string? value) => TerminalText.Csv(value);

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
