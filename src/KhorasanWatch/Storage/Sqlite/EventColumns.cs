using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>The event columns, written once here for both inserting and binding.</summary>
internal sealed class EventColumns
{
    public static readonly string[] Names =
    [
        "id", "source", "source_event_id", "date_start", "date_end", "date_precision", "country", "admin1", "admin1_derived",
        "admin2", "location", "latitude", "longitude", "geo_precision", "event_type", "sub_event_type", "suicide",
        "actor1", "assoc_actor1", "actor2", "assoc_actor2", "target_text", "actor_ids", "role", "attribution",
        "target_category", "target_reason", "fatalities_best", "fatalities_low", "fatalities_high", "notes", "source_names",
        "raw", "content_hash", "run_id", "line", "version", "linkable",
    ];

    private readonly SqliteParameter[] _p;

    public EventColumns(SqliteCommand command)
    {
        _p = [.. Names.Select(n => command.Parameters.Add("$" + n, SqliteType.Text))];
    }

    public static string InsertSql(string verb) =>
        $"{verb} INTO events({string.Join(", ", Names)}) VALUES ({string.Join(", ", Names.Select(n => "$" + n))})";

    public void Bind(ConflictEvent e, string raw, long hash, long runId, long line, int version, bool linkable)
    {
        object?[] values =
        [
            e.Id, e.Source.Code(), e.SourceEventId, e.Date.Start.ToString("yyyy-MM-dd"), e.Date.End.ToString("yyyy-MM-dd"),
            e.Date.Precision.ToString().ToLowerInvariant(), e.Country, e.Admin1, e.Admin1Derived ? 1 : 0,
            e.Admin2, e.Location, e.Latitude, e.Longitude, e.GeoPrecision, e.EventType.Code(), e.SubEventType, e.Suicide ? 1 : 0,
            e.Actor1, e.AssocActor1, e.Actor2, e.AssocActor2, e.TargetText,
            e.ActorIds.Count == 0 ? "" : ";" + string.Join(';', e.ActorIds) + ";", e.Role.Code(), e.Attribution.Code(),
            e.TargetCategory?.Id(), e.TargetReason, e.Fatalities.Best, e.Fatalities.Low, e.Fatalities.High, e.Notes, e.SourceNames,
            raw, hash, runId, line, version, linkable ? 1 : 0,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            _p[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
