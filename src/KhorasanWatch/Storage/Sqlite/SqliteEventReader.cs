using System.Globalization;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>Reads events back, streaming, in date order, with their cross-source links.</summary>
internal static class SqliteEventReader
{
    public static IEnumerable<StoredEvent> Read(SqliteConnection connection, EventQuery query)
    {
        using var command = connection.CreateCommand();
        var where = new List<string>();
        if (query.WatchedOnly)
        {
            where.Add("e.role <> 'none'");
        }

        if (query.ActorId is { } actor)
        {
            where.Add("e.actor_ids LIKE $actor");
            command.Parameters.AddWithValue("$actor", $"%;{actor};%");
        }

        if (query.Country is { } country)
        {
            where.Add("e.country = $country");
            command.Parameters.AddWithValue("$country", country);
        }

        if (query.From is { } from)
        {
            where.Add("e.date_start >= $from");
            command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            where.Add("e.date_start <= $to");
            command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        command.CommandText = $"""
            SELECT e.id, e.source, e.source_event_id, e.date_start, e.date_end, e.date_precision, e.country, e.admin1, e.admin1_derived,
                   e.admin2, e.location, e.latitude, e.longitude, e.geo_precision, e.event_type, e.sub_event_type, e.suicide,
                   e.actor1, e.assoc_actor1, e.actor2, e.assoc_actor2, e.target_text, e.actor_ids, e.role, e.attribution,
                   e.target_category, e.target_reason, e.fatalities_best, e.fatalities_low, e.fatalities_high, e.notes, e.source_names,
                   e.version,
                   (SELECT group_concat(CASE WHEN l.event_a = e.id THEN l.event_b ELSE l.event_a END, ';')
                      FROM event_links l WHERE l.event_a = e.id OR l.event_b = e.id) AS linked
            FROM events e
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY e.date_start, e.id
            {(query.Limit is { } limit ? $"LIMIT {limit}" : "")}
            """;
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredEvent(ToEvent(r), r.IsDBNull(33) ? [] : r.GetString(33).Split(';'), r.GetInt32(32));
        }
    }

    private static ConflictEvent ToEvent(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        int? I(int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        if (!EventSourceNames.TryParse(r.GetString(1), out var source))
        {
            throw new InvalidDataException($"Event {r.GetString(0)} has an unknown source '{r.GetString(1)}'.");
        }

        return new ConflictEvent
        {
            Id = r.GetString(0),
            Source = source,
            SourceEventId = S(2),
            Date = new EventDate(
                DateOnly.Parse(r.GetString(3), CultureInfo.InvariantCulture),
                DateOnly.Parse(r.GetString(4), CultureInfo.InvariantCulture),
                Enum.Parse<DatePrecision>(r.GetString(5), ignoreCase: true)),
            Country = r.GetString(6),
            Admin1 = S(7),
            Admin1Derived = r.GetInt32(8) == 1,
            Admin2 = S(9),
            Location = S(10),
            Latitude = D(11),
            Longitude = D(12),
            GeoPrecision = I(13),
            EventType = EventTypeNames.FromCode(r.GetString(14)),
            SubEventType = S(15),
            Suicide = r.GetInt32(16) == 1,
            Actor1 = S(17),
            AssocActor1 = S(18),
            Actor2 = S(19),
            AssocActor2 = S(20),
            TargetText = S(21),
            ActorIds = r.GetString(22).Split(';', StringSplitOptions.RemoveEmptyEntries),
            Role = RoleNames.ParseRole(r.GetString(23)),
            Attribution = RoleNames.ParseAttribution(r.GetString(24)),
            TargetCategory = S(25) is { } t && TargetCategories.TryParse(t, out var category) ? category : null,
            TargetReason = S(26),
            Fatalities = new Fatalities(I(27), I(28), I(29)),
            Notes = S(30),
            SourceNames = S(31),
        };
    }
}
