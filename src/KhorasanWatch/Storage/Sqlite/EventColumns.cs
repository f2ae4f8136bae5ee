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

    /// <summary>
    /// Binds one event. The statement's bindings are cleared first, so null values are simply not
    /// bound; a bulk load spends much of its time crossing into SQLite, once per bound value.
    /// </summary>
    public static void Bind(RawStatement s, ConflictEvent e, long rawBlock, RawRecord raw, long runId, long line, int version, bool linkable)
    {
        s.ClearBindings();
        s.Bind(1, e.Id);
        s.Bind(2, e.Source.Code());
        s.Bind(3, e.SourceEventId);
        s.Bind(4, e.Date.Start);
        s.Bind(5, e.Date.End);
        s.Bind(6, PrecisionCode(e.Date.Precision));
        s.Bind(7, e.Country);
        s.Bind(8, e.Admin1);
        s.Bind(9, e.Admin1Derived ? 1 : 0);
        s.Bind(10, e.Admin2);
        s.Bind(11, e.Location);
        s.Bind(12, e.Latitude);
        s.Bind(13, e.Longitude);
        s.Bind(14, e.GeoPrecision);
        s.Bind(15, e.EventType.Code());
        s.Bind(16, e.SubEventType);
        s.Bind(17, e.Suicide ? 1 : 0);
        s.Bind(18, e.Actor1);
        s.Bind(19, e.AssocActor1);
        s.Bind(20, e.Actor2);
        s.Bind(21, e.AssocActor2);
        s.Bind(22, e.TargetText);
        s.Bind(23, e.ActorIds.Count == 0 ? "" : ";" + string.Join(';', e.ActorIds) + ";");
        s.Bind(24, e.Role.Code());
        s.Bind(25, e.Attribution.Code());
        s.Bind(26, e.TargetCategory?.Id());
        s.Bind(27, e.TargetReason);
        s.Bind(28, e.Fatalities.Best);
        s.Bind(29, e.Fatalities.Low);
        s.Bind(30, e.Fatalities.High);
        s.Bind(31, e.Notes);
        s.Bind(32, e.SourceNames);
        s.Bind(33, rawBlock);
        s.Bind(34, raw.Index);
        s.Bind(35, raw.ContentHash);
        s.Bind(36, runId);
        s.Bind(37, line);
        s.Bind(38, version);
        s.Bind(39, linkable ? 1 : 0);
    }

    private static string PrecisionCode(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Range => "range",
        DatePrecision.Month => "month",
        _ => "year",
    };
}
