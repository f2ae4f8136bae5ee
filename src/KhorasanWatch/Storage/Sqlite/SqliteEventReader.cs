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

        if (query.AirStrikesOnly)
        {
            where.Add($"(e.flags & {EventFlags.AirStrike}) <> 0"); // as the partial index events_strikes is written
        }

        if (query.ActorId is { } actor)
        {
            where.Add("e.actor_ids LIKE $actor");
            command.Parameters.AddWithValue("$actor", $"%;{actor};%");
        }

        if (query.AnyActorIds is { Count: > 0 } anyOf)
        {
            where.Add("(" + string.Join(" OR ", anyOf.Select((_, i) => $"e.actor_ids LIKE $any{i}")) + ")");
            for (var i = 0; i < anyOf.Count; i++)
            {
                command.Parameters.AddWithValue($"$any{i}", $"%;{anyOf[i]};%");
            }
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
            SELECT e.id, e.source, e.date_start, e.date_end, e.date_precision, e.country, e.admin1, e.latitude, e.longitude,
                   e.event_type, e.actor_ids, e.role, e.attribution, e.target_category, e.fatalities_best, e.fatalities_low,
                   e.fatalities_high, e.flags, e.details, e.version,
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
            yield return new StoredEvent(ToEvent(r), r.IsDBNull(20) ? [] : r.GetString(20).Split(';'), r.GetInt32(19));
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

        var e = new ConflictEvent
        {
            Id = r.GetString(0),
            Source = source,
            Date = new EventDate(
                DateOnly.Parse(r.GetString(2), CultureInfo.InvariantCulture),
                DateOnly.Parse(r.GetString(3), CultureInfo.InvariantCulture),
                Enum.Parse<DatePrecision>(r.GetString(4), ignoreCase: true)),
            Country = r.GetString(5),
            Admin1 = S(6),
            Latitude = D(7),
            Longitude = D(8),
            EventType = EventTypeNames.FromCode(r.GetString(9)),
            ActorIds = r.GetString(10).Split(';', StringSplitOptions.RemoveEmptyEntries),
            Role = RoleNames.ParseRole(r.GetString(11)),
            Attribution = RoleNames.ParseAttribution(r.GetString(12)),
            TargetCategory = S(13) is { } t && TargetCategories.TryParse(t, out var category) ? category : null,
            Fatalities = new Fatalities(I(14), I(15), I(16)),
        };
        return EventDetails.Unpack(r.GetString(18), EventFlags.Apply(r.GetInt64(17), e));
    }
}
