using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Sources.Ucdp;

/// <summary>
/// Maps UCDP GED rows: the full 49-column files and the extracts found in the wild, which drop
/// columns (ids, dyad and conflict names, <c>adm_1</c>, precision codes), add an unnamed index
/// column, or write <c>type_of_violence</c> as words. <c>best</c>/<c>low</c>/<c>high</c> that
/// break low ≤ best ≤ high are kept as given and reported as a warning. The notes are
/// <c>source_headline</c>, or, where an extract drops it, the headlines inside <c>source_article</c>.
/// </summary>
public sealed class UcdpMapper : ISourceMapper
{
    private readonly Gazetteer _gazetteer;
    private readonly int _id, _year, _type, _sideA, _sideB, _country, _adm1, _adm2, _where, _lat, _lon, _wherePrec,
        _dateStart, _dateEnd, _best, _low, _high, _article, _headline;

    public UcdpMapper(ColumnMap columns, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _id = columns.Find("id", "relid");
        _year = columns.Find("year");
        _type = columns.Find("type_of_violence");
        _sideA = columns.Find("side_a");
        _sideB = columns.Find("side_b");
        _country = columns.Find("country");
        _adm1 = columns.Find("adm_1");
        _adm2 = columns.Find("adm_2");
        _where = columns.Find("where_coordinates", "where_description");
        _lat = columns.Find("latitude");
        _lon = columns.Find("longitude");
        _wherePrec = columns.Find("where_prec");
        _dateStart = columns.Find("date_start");
        _dateEnd = columns.Find("date_end");
        _best = columns.Find("best", "best_est");
        _low = columns.Find("low", "low_est");
        _high = columns.Find("high", "high_est");
        _article = columns.Find("source_article", "source_office");
        _headline = columns.Find("source_headline");
    }

    public static bool Recognises(ColumnMap columns) =>
        (columns.Has("side_a") || columns.Has("type_of_violence")) &&
        (columns.Has("best") || columns.Has("date_start") || columns.Has("deaths_a"));

    public MapResult Map(SourceRow row)
    {
        if (!TryDate(row, out var date, out var badDate))
        {
            return MapResult.Reject(badDate!); // TryDate sets the rejection whenever it fails
        }

        var warnings = new List<RowIssue>();
        var country = PlaceFields.Country(_gazetteer, row, _country, -1, warnings, out var badCountry);
        if (country is null)
        {
            return MapResult.Reject(badCountry!); // Country() sets the rejection whenever it returns null
        }

        if (!PlaceFields.Coordinates(row, _lat, _lon, out var lat, out var lon, out var badPlace))
        {
            return MapResult.Reject(badPlace!); // Coordinates() sets the rejection whenever it fails
        }

        var typeText = row.Get(_type);
        var type = ViolenceType(typeText);
        if (typeText is not null && type is null)
        {
            return MapResult.Reject(row.Issue(_type, $"type_of_violence '{typeText}' is not 1, 2, 3, State, Non-State or One-Sided"));
        }

        int? best = null, low = null, high = null;
        foreach (var (column, name) in new[] { (_best, "best"), (_low, "low"), (_high, "high") })
        {
            var text = row.Get(column);
            if (text is null)
            {
                continue;
            }

            if (!FieldParsers.TryInt(text, out var value) || value < 0)
            {
                return MapResult.Reject(row.Issue(column, $"{name} '{text}' is not a whole number ≥ 0"));
            }

            switch (name)
            {
                case "best": best = value; break;
                case "low": low = value; break;
                default: high = value; break;
            }
        }

        var fatalities = new Fatalities(best, low, high);
        if (!fatalities.IsOrdered)
        {
            warnings.Add(row.Issue("best", $"low {low}, best {best}, high {high} break low ≤ best ≤ high; kept as given"));
        }

        var sourceId = row.Get(_id);
        var e = new ConflictEvent
        {
            Id = sourceId is null ? EventIds.FromContent(EventSource.Ucdp, row.Raw) : EventIds.Of(EventSource.Ucdp, sourceId),
            Source = EventSource.Ucdp,
            SourceEventId = sourceId,
            Date = date,
            Country = country,
            Admin1 = PlaceFields.Admin1(_gazetteer, row, _adm1, country, warnings),
            Admin2 = row.Get(_adm2),
            Location = row.Get(_where),
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = FieldParsers.TryInt(row.Get(_wherePrec), out var wp) ? wp : null,
            // Without a type of violence the event is not read as a battle: its kind is not recorded.
            EventType = type switch { 3 => EventType.ViolenceAgainstCivilians, 1 or 2 => EventType.Battle, _ => EventType.Other },
            SubEventType = type switch { 1 => "state-based", 2 => "non-state", 3 => "one-sided", _ => null },
            Actor1 = row.Get(_sideA),
            Actor2 = row.Get(_sideB),
            Fatalities = fatalities,
            Notes = row.Get(_headline) ?? ArticleHeadlines.Of(row.Get(_article)),
            SourceNames = row.Get(_article),
        };
        return MapResult.Ok(e, warnings);
    }

    private bool TryDate(SourceRow row, out EventDate date, out RowIssue? rejection)
    {
        date = default;
        rejection = null;
        var startText = row.Get(_dateStart);
        if (startText is null)
        {
            if (FieldParsers.TryInt(row.Get(_year), out var year) && year is > 1900 and < 2200)
            {
                date = EventDate.InYear(year);
                return true;
            }

            rejection = row.Issue(_dateStart < 0 ? "date_start" : row.Name(_dateStart), "missing date");
            return false;
        }

        if (!FieldParsers.TryDate(startText, out var start))
        {
            rejection = row.Issue(_dateStart, $"unreadable date '{startText}'");
            return false;
        }

        var endText = row.Get(_dateEnd);
        var end = start;
        if (endText is not null && (!FieldParsers.TryDate(endText, out end) || end < start))
        {
            rejection = row.Issue(_dateEnd, $"date_end '{endText}' is unreadable or before date_start");
            return false;
        }

        date = new EventDate(start, end, end == start ? DatePrecision.Day : DatePrecision.Range);
        return true;
    }

    internal static int? ViolenceType(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "1" or "state" or "state-based" or "state based" => 1,
        "2" or "non-state" or "non state" or "nonstate" => 2,
        "3" or "one-sided" or "one sided" or "onesided" => 3,
        _ => null,
    };
}
