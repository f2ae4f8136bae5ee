using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Storage.Relational;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>The event columns, written once here for both the insert statement and its binding.</summary>
internal static class EventColumns
{
    public static readonly string[] Names =
    [
        "id", "source", "date_start", "date_end", "date_precision", "country", "admin1", "latitude", "longitude", "event_type",
        "actor_ids", "role", "attribution", "target_category", "fatalities_best", "fatalities_low", "fatalities_high",
        "flags", "details", "raw_block", "raw_index", "content_hash", "run_id", "line", "version", "linkable",
        "link_admin2", "marking",
    ];

    public static string InsertSql(string verb, string suffix = "") =>
        $"{verb} INTO events({string.Join(", ", Names)}) VALUES ({string.Join(", ", Names.Select((_, i) => $"?{i + 1}"))}){suffix}";

    /// <summary>
    /// Binds one event. The statement's bindings are cleared first, so null values are simply not
    /// bound; a bulk load spends much of its time crossing into SQLite, once per bound value.
    /// </summary>
    public static void Bind(RawStatement s, ConflictEvent e, long rawBlock, RawRecord raw, long runId, long line, int version, bool linkable, long marking)
    {
        s.ClearBindings();
        s.Bind(1, e.Id);
        s.Bind(2, e.Source.Code());
        s.Bind(3, e.Date.Start);
        s.Bind(4, e.Date.End);
        s.Bind(5, PrecisionCode(e.Date.Precision));
        s.Bind(6, e.Country);
        s.Bind(7, e.Admin1);
        s.Bind(8, e.Latitude);
        s.Bind(9, e.Longitude);
        s.Bind(10, e.EventType.Code());
        s.BindJoined(11, AsSpan(e.ActorIds), ';', enclosed: true); // ";iskp;taliban;", "" for none
        s.Bind(12, e.Role.Code());
        s.Bind(13, e.Attribution.Code());
        s.Bind(14, e.TargetCategory?.Id());
        s.Bind(15, e.Fatalities.Best);
        s.Bind(16, e.Fatalities.Low);
        s.Bind(17, e.Fatalities.High);
        s.Bind(18, EventFlags.Of(e));
        var details = EventDetails.Of(e);
        s.BindJoined(19, details, EventDetails.Separator);
        s.Bind(20, rawBlock);
        s.Bind(21, raw.Index);
        s.Bind(22, raw.ContentHash);
        s.Bind(23, runId);
        s.Bind(24, line);
        s.Bind(25, version);
        s.Bind(26, linkable ? 1 : 0);
        s.Bind(27, linkable ? e.Admin2 : null); // read by linking from its covering index; the display copy is in details
        s.Bind(28, marking);
    }

    private static ReadOnlySpan<string?> AsSpan(IReadOnlyList<string> ids) => ids switch
    {
        string[] array => array,
        List<string> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => ids.ToArray(),
    };

    internal static string PrecisionCode(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Range => "range",
        DatePrecision.Month => "month",
        _ => "year",
    };
}
