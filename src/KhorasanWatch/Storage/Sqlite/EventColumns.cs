using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>The event columns, written once here for both the insert statement and its binding.</summary>
internal static class EventColumns
{
    public static readonly string[] Names =
    [
        "id", "source", "source_event_id", "date_start", "date_end", "date_precision", "country", "admin1", "admin1_derived",
        "admin2", "location", "latitude", "longitude", "geo_precision", "event_type", "sub_event_type", "suicide",
        "actor1", "assoc_actor1", "actor2", "assoc_actor2", "target_text", "actor_ids", "role", "attribution",
        "target_category", "target_reason", "fatalities_best", "fatalities_low", "fatalities_high", "notes", "source_names",
        "raw_block", "raw_index", "content_hash", "run_id", "line", "version", "linkable",
    ];

    public static string InsertSql(string verb, string suffix = "") =>
        $"{verb} INTO events({string.Join(", ", Names)}) VALUES ({string.Join(", ", Names.Select((_, i) => $"?{i + 1}"))}){suffix}";

    public static void Bind(RawStatement s, ConflictEvent e, long rawBlock, RawRecord raw, long runId, long line, int version, bool linkable)
    {
        var i = 1;
        s.Bind(i++, e.Id);
        s.Bind(i++, e.Source.Code());
        s.Bind(i++, e.SourceEventId);
        s.Bind(i++, e.Date.Start.ToString("yyyy-MM-dd"));
        s.Bind(i++, e.Date.End.ToString("yyyy-MM-dd"));
        s.Bind(i++, PrecisionCode(e.Date.Precision));
        s.Bind(i++, e.Country);
        s.Bind(i++, e.Admin1);
        s.Bind(i++, e.Admin1Derived ? 1 : 0);
        s.Bind(i++, e.Admin2);
        s.Bind(i++, e.Location);
        s.Bind(i++, e.Latitude);
        s.Bind(i++, e.Longitude);
        s.Bind(i++, e.GeoPrecision);
        s.Bind(i++, e.EventType.Code());
        s.Bind(i++, e.SubEventType);
        s.Bind(i++, e.Suicide ? 1 : 0);
        s.Bind(i++, e.Actor1);
        s.Bind(i++, e.AssocActor1);
        s.Bind(i++, e.Actor2);
        s.Bind(i++, e.AssocActor2);
        s.Bind(i++, e.TargetText);
        s.Bind(i++, e.ActorIds.Count == 0 ? "" : ";" + string.Join(';', e.ActorIds) + ";");
        s.Bind(i++, e.Role.Code());
        s.Bind(i++, e.Attribution.Code());
        s.Bind(i++, e.TargetCategory?.Id());
        s.Bind(i++, e.TargetReason);
        s.Bind(i++, e.Fatalities.Best);
        s.Bind(i++, e.Fatalities.Low);
        s.Bind(i++, e.Fatalities.High);
        s.Bind(i++, e.Notes);
        s.Bind(i++, e.SourceNames);
        s.Bind(i++, rawBlock);
        s.Bind(i++, raw.Index);
        s.Bind(i++, raw.ContentHash);
        s.Bind(i++, runId);
        s.Bind(i++, line);
        s.Bind(i++, version);
        s.Bind(i, linkable ? 1 : 0);
    }

    private static string PrecisionCode(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Range => "range",
        DatePrecision.Month => "month",
        _ => "year",
    };
}
