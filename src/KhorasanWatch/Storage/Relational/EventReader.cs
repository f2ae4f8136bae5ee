using System.Data.Common;
using System.Globalization;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Storage.Relational;

/// <summary>The SQL two backends differ on, where they read events the same way.</summary>
internal enum Dialect
{
    Sqlite,
    Postgres,
}

/// <summary>Reads events back, streaming, in date order, with their cross-source links: one reader for either backend's <c>events</c> table.</summary>
internal static class EventReader
{
    /// <summary>
    /// The events <paramref name="seen"/> allows (and, unless counted, <paramref name="rows"/>: the
    /// licence rule on showing rows, a condition on <c>e.source</c>, <c>e.marking</c> and <c>e.flags</c>, or null),
    /// and of their links only those to events it allows too.
    /// </summary>
    public static IEnumerable<StoredEvent> Read(DbConnection connection, Dialect dialect, EventQuery query, Visibility seen, Func<string, string, string?, string?> rows)
    {
        using var command = connection.CreateCommand();
        var where = Conditions(command, dialect, query, seen);
        if (!query.Counting && rows("e.source", "e.marking", "e.flags") is { } shown)
        {
            where.Add(shown);
        }

        var order = query.NewestFirst ? "e.date_start DESC, e.id DESC" : "e.date_start, e.id";
        command.CommandText = $"""
            SELECT e.id, e.source, e.date_start, e.date_end, e.date_precision, e.country, e.admin1, e.latitude, e.longitude,
                   e.event_type, e.actor_ids, e.role, e.attribution, e.target_category, e.fatalities_best, e.fatalities_low,
                   e.fatalities_high, e.flags, e.details, e.version,
                   {Linked(dialect, seen)} AS linked
            FROM events e {Index(dialect, query)}
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY {order}
            {(query.Limit is { } limit ? $"LIMIT {limit}" : "")}
            """;
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new StoredEvent(ToEvent(r), r.IsDBNull(20) ? [] : r.GetString(20).Split(';'), Sql.Int(r, 19));
        }
    }

    /// <summary>The ids of the events <paramref name="query"/> reads (as counted) that <paramref name="shown"/>, the rule on rows, withholds: found through the query's own index.</summary>
    public static IEnumerable<string> Withheld(DbConnection connection, Dialect dialect, EventQuery query, Visibility seen, string shown)
    {
        using var command = connection.CreateCommand();
        var where = Conditions(command, dialect, query, seen);
        where.Add($"NOT {shown}");
        command.CommandText = $"SELECT e.id FROM events e {Index(dialect, query)} WHERE {string.Join(" AND ", where)}";
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return r.GetString(0);
        }
    }

    /// <summary>The query's filters and the reader's markings as SQL conditions on <c>e</c>, their parameters bound on <paramref name="command"/>.</summary>
    private static List<string> Conditions(DbCommand command, Dialect dialect, EventQuery query, Visibility seen)
    {
        var where = new List<string>();
        if (!seen.All)
        {
            where.Add(seen.Condition("e.marking"));
        }

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
            where.Add("e.actor_ids LIKE @actor");
            Sql.Bind(command, ("@actor", $"%;{actor};%"));
        }

        if (query.AnyActorIds is { Count: > 0 } anyOf)
        {
            where.Add("(" + string.Join(" OR ", anyOf.Select((_, i) => $"e.actor_ids LIKE @any{i}")) + ")");
            for (var i = 0; i < anyOf.Count; i++)
            {
                Sql.Bind(command, ($"@any{i}", $"%;{anyOf[i]};%"));
            }
        }

        if (query.Ids is { } ids)
        {
            where.Add(ids.Count == 0 ? "FALSE" : "e.id IN (" + string.Join(", ", ids.Select((_, i) => $"@id{i}")) + ")");
            for (var i = 0; i < ids.Count; i++)
            {
                Sql.Bind(command, ($"@id{i}", ids[i]));
            }
        }

        if (query.Country is { } country)
        {
            where.Add("e.country = @country");
            Sql.Bind(command, ("@country", country));
        }

        if (query.From is { } from)
        {
            where.Add("e.date_start >= @from");
            Sql.Bind(command, ("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (query.To is { } to)
        {
            where.Add("e.date_start <= @to");
            Sql.Bind(command, ("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        void Equal(string column, string name, string? value)
        {
            if (value is not null)
            {
                where.Add($"e.{column} = @{name}");
                Sql.Bind(command, ($"@{name}", value));
            }
        }

        Equal("source", "source", query.Source);
        Equal("role", "role", query.Role);
        Equal("attribution", "attribution", query.Attribution);
        Equal("target_category", "target", query.TargetCategory);
        if (query.Admin1 is { } admin1)
        {
            where.Add(dialect == Dialect.Sqlite ? "e.admin1 = @admin1 COLLATE NOCASE" : "lower(e.admin1) = lower(@admin1)");
            Sql.Bind(command, ("@admin1", admin1));
        }

        if (query.Text is { Length: > 0 } text)
        {
            // The details hold the notes, the location and the actors' names (EventDetails); instr on
            // the lower-cased text is a plain substring test, where LIKE would read % and _ in the
            // user's text. SQLite's own lower() folds ASCII letters only, and is native: it reads
            // 2.4M rows fast. An ASCII text is matched with it (it misses only the few non-ASCII
            // letters that lower-case to ASCII ones, such as the Kelvin sign); any other text is
            // folded by .NET in every script (kw_fold), row by row. PostgreSQL's lower() folds as the
            // database's locale does (every script's letters in a UTF-8 locale; ASCII's in C).
            where.Add(dialect == Dialect.Postgres ? "position(@text in lower(e.details)) > 0"
                : text.All(char.IsAscii) ? "instr(lower(e.details), @text) > 0"
                : $"instr({Sqlite.SqliteEventStore.FoldFunction}(e.details), @text) > 0");
            Sql.Bind(command, ("@text", text.ToLowerInvariant()));
        }

        if (query.After is { } after)
        {
            where.Add(query.NewestFirst ? "(e.date_start, e.id) < (@after_day, @after_id)" : "(e.date_start, e.id) > (@after_day, @after_id)");
            Sql.Bind(command, ("@after_day", after.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@after_id", after.Id));
        }

        return where;
    }

    /// <summary>The ids of the records linked to an event; for a reader who does not see every marking, only those it sees.</summary>
    private static string Linked(Dialect dialect, Visibility seen)
    {
        var joined = dialect == Dialect.Postgres ? "string_agg" : "group_concat";
        return seen.All
            ? $"""
              (SELECT {joined}(CASE WHEN l.event_a = e.id THEN l.event_b ELSE l.event_a END, ';')
                 FROM event_links l WHERE l.event_a = e.id OR l.event_b = e.id)
              """
            : $"""
              (SELECT {joined}(o.id, ';') FROM event_links l
                 JOIN events o ON o.id = (CASE WHEN l.event_a = e.id THEN l.event_b ELSE l.event_a END)
                 WHERE (l.event_a = e.id OR l.event_b = e.id) AND {seen.Condition("o.marking")})
              """;
    }

    /// <summary>
    /// The watched actor's events are read through their own partial index, in date order: a store
    /// indexed for browsing (events_by_day) would otherwise tempt the planner to walk every event
    /// by day and filter (1.6 s for a deep page at 2.4 million, against under 1 ms).
    /// </summary>
    private static string Index(Dialect dialect, EventQuery query) => dialect == Dialect.Sqlite && query.WatchedOnly && !query.AirStrikesOnly ? "INDEXED BY events_watched" : "";

    /// <summary>
    /// One event from the row, built in one go (the packed details split once, the flags read in
    /// place): the indicators read every event of the watched actor, so this runs thousands of times a call.
    /// </summary>
    private static ConflictEvent ToEvent(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        int? I(int i) => r.IsDBNull(i) ? null : Sql.Int(r, i);
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        var id = r.GetString(0);
        if (!EventSourceNames.TryParse(r.GetString(1), out var source))
        {
            throw new InvalidDataException($"Event {id} has an unknown source '{r.GetString(1)}'.");
        }

        var flags = Sql.Long(r, 17);
        var details = EventDetails.Split(r.GetString(18));
        return new ConflictEvent
        {
            Id = id,
            Source = source,
            Date = new EventDate(Day(r.GetString(2)), Day(r.GetString(3)), Precision(r.GetString(4))),
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
            Admin1Derived = EventFlags.Admin1Derived(flags),
            Suicide = EventFlags.Suicide(flags),
            GeoPrecision = EventFlags.GeoPrecision(flags),
            SourceEventId = details[0],
            Admin2 = details[1],
            Location = details[2],
            SubEventType = details[3],
            Actor1 = details[4],
            AssocActor1 = details[5],
            Actor2 = details[6],
            AssocActor2 = details[7],
            TargetText = details[8],
            TargetReason = details[9],
            Notes = details[10],
            SourceNames = details[11],
            Dataset = details[12], // Stores written before the field read as null: the publisher's data.
        };
    }

    /// <summary>A stored day, always written yyyy-MM-dd by the ingest.</summary>
    private static DateOnly Day(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
            ? new DateOnly(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2))
            : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                throw new FormatException($"'{text}' is not a stored day (yyyy-MM-dd).");
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private static DatePrecision Precision(string code) => code switch
    {
        "day" => DatePrecision.Day,
        "range" => DatePrecision.Range,
        "month" => DatePrecision.Month,
        "year" => DatePrecision.Year,
        _ => Enum.Parse<DatePrecision>(code, ignoreCase: true),
    };
}
