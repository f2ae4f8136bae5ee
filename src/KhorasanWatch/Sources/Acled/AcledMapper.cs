using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Sources.Acled;

/// <summary>
/// Maps ACLED export rows (codebook columns in any order; older names such as <c>data_id</c>;
/// dates as 2021-08-26 or 26 August 2021) to events. ACLED's single fatality figure is its
/// conservative best estimate. A row whose <c>tags</c> hold <c>dataset=NAME</c> (tags are
/// separated by semicolons) comes from that compilation, written in ACLED's format, not from ACLED.
/// </summary>
public sealed class AcledMapper : ISourceMapper
{
    private readonly Gazetteer _gazetteer;
    private readonly int _id, _date, _timePrecision, _eventType, _subEventType, _actor1, _assoc1, _actor2, _assoc2,
        _iso, _country, _admin1, _admin2, _location, _lat, _lon, _geoPrecision, _source, _notes, _fatalities, _tags;

    public AcledMapper(ColumnMap columns, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _id = columns.Find("event_id_cnty", "data_id", "event_id_no_cnty", "event_id");
        _date = columns.Find("event_date");
        _timePrecision = columns.Find("time_precision");
        _eventType = columns.Find("event_type");
        _subEventType = columns.Find("sub_event_type");
        _actor1 = columns.Find("actor1");
        _assoc1 = columns.Find("assoc_actor_1", "ally_actor_1");
        _actor2 = columns.Find("actor2");
        _assoc2 = columns.Find("assoc_actor_2", "ally_actor_2");
        _iso = columns.Find("iso");
        _country = columns.Find("country");
        _admin1 = columns.Find("admin1");
        _admin2 = columns.Find("admin2");
        _location = columns.Find("location");
        _lat = columns.Find("latitude");
        _lon = columns.Find("longitude");
        _geoPrecision = columns.Find("geo_precision");
        _source = columns.Find("source");
        _notes = columns.Find("notes");
        _fatalities = columns.Find("fatalities");
        _tags = columns.Find("tags");
    }

    /// <summary>The NAME of a <c>dataset=NAME</c> tag, if any.</summary>
    internal static string? DatasetOf(string? tags)
    {
        foreach (var tag in (tags ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (tag.StartsWith("dataset=", StringComparison.OrdinalIgnoreCase) && tag["dataset=".Length..].Trim() is { Length: > 0 } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>True when the header looks like an ACLED export.</summary>
    public static bool Recognises(ColumnMap columns) =>
        columns.Has("event_date") && columns.Has("actor1") &&
        (columns.Has("event_id_cnty") || columns.Has("data_id") || columns.Has("event_id_no_cnty") || columns.Has("event_type"));

    public MapResult Map(SourceRow row)
    {
        var dateText = row.Get(_date);
        if (!FieldParsers.TryDate(dateText, out var day))
        {
            return MapResult.Reject(row.Issue(_date < 0 ? "event_date" : row.Name(_date), dateText is null ? "missing date" : $"unreadable date '{dateText}'"));
        }

        var warnings = new List<RowIssue>();
        var country = PlaceFields.Country(_gazetteer, row, _country, _iso, warnings, out var badCountry);
        if (country is null)
        {
            return MapResult.Reject(badCountry!); // Country() sets the rejection whenever it returns null
        }

        if (!PlaceFields.Coordinates(row, _lat, _lon, out var lat, out var lon, out var badPlace))
        {
            return MapResult.Reject(badPlace!); // Coordinates() sets the rejection whenever it fails
        }

        int? fatalities = null;
        var fatalText = row.Get(_fatalities);
        if (fatalText is not null)
        {
            if (!FieldParsers.TryInt(fatalText, out var f) || f < 0)
            {
                return MapResult.Reject(row.Issue(_fatalities, $"fatalities '{fatalText}' is not a whole number ≥ 0"));
            }

            fatalities = f;
        }

        var type = EventTypeOf(row.Get(_eventType));
        if (type == EventType.Other && row.Get(_eventType) is { } unknownType)
        {
            warnings.Add(row.Issue(_eventType, $"unknown event type '{unknownType}'; stored as other"));
        }

        var sourceId = row.Get(_id);
        var subType = row.Get(_subEventType);
        var e = new ConflictEvent
        {
            Id = sourceId is null ? EventIds.FromContent(EventSource.Acled, row.Raw) : EventIds.Of(EventSource.Acled, sourceId),
            Source = EventSource.Acled,
            SourceEventId = sourceId,
            Date = DateOf(day, row.Get(_timePrecision)),
            Country = country,
            Admin1 = PlaceFields.Admin1(_gazetteer, row, _admin1, country, warnings),
            Admin2 = row.Get(_admin2),
            Location = row.Get(_location),
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = FieldParsers.TryInt(row.Get(_geoPrecision), out var gp) ? gp : null,
            EventType = type,
            SubEventType = subType,
            Suicide = string.Equals(subType, "Suicide bomb", StringComparison.OrdinalIgnoreCase),
            Actor1 = row.Get(_actor1),
            AssocActor1 = row.Get(_assoc1),
            Actor2 = row.Get(_actor2),
            AssocActor2 = row.Get(_assoc2),
            Fatalities = Fatalities.BestOnly(fatalities),
            Notes = row.Get(_notes),
            SourceNames = row.Get(_source),
            Dataset = DatasetOf(row.Get(_tags)),
        };
        return MapResult.Ok(e, warnings);
    }

    /// <summary>
    /// ACLED time_precision: 1 the day, 2 within the week, 3 within the month. A day in the calendar's
    /// first or last month (0001-01, 9999-12) stays its day, so that widening cannot run off the
    /// calendar: the ingest rejects such dates as outside the source's coverage
    /// (<see cref="SourceCoverage.Refuses"/>), and must get that far.
    /// </summary>
    private static EventDate DateOf(DateOnly day, string? precision) => precision switch
    {
        _ when day.Year is 1 or 9999 && day.Month is 1 or 12 => EventDate.OnDay(day),
        "2" => new EventDate(day.AddDays(-3), day.AddDays(3), DatePrecision.Range),
        "3" => EventDate.InMonth(day.Year, day.Month),
        _ => EventDate.OnDay(day),
    };

    internal static EventType EventTypeOf(string? type) => type?.ToLowerInvariant() switch
    {
        "battles" or "battle" or "battle-no change of territory" or "battle-government regains territory" or "battle-non-state actor overtakes territory" => EventType.Battle,
        "explosions/remote violence" or "remote violence" => EventType.ExplosionOrRemoteViolence,
        "violence against civilians" => EventType.ViolenceAgainstCivilians,
        "protests" or "protest" => EventType.Protest,
        "riots" or "riots/protests" => EventType.Riot,
        "strategic developments" or "non-violent transfer of territory" or "headquarters or base established" => EventType.StrategicDevelopment,
        _ => EventType.Other,
    };
}
