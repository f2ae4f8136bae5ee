using System.Text;
using System.Text.Json;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Storage;
using static KhorasanWatch.Contracts.EventCodes;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch events --format json</c> and the API's events: the JSON field names are a contract
/// (docs/cli.md, "events"); an array is streamed, so output of any size uses little memory. A record
/// linked to other sources' records carries the event as all of them tell it
/// (<see cref="Assessment.AcrossSources"/>): the deaths' range across them and where they disagree.
/// </summary>
public static class EventJson
{
    public static void WriteArray(TextWriter output, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events)
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

    public static void WriteEvent(Utf8JsonWriter json, StoredEvent stored, CountedEvent? across)
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
        Text(json, "role", Role(e));
        Text(json, "attribution", Attribution(e));
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

}
