using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Sources.Gtd;

/// <summary>
/// Maps Global Terrorism Database rows (CSV or XLSX). A day or month of 0 means unknown: the date
/// becomes the whole month or year, never the 1st. The perpetrator group is side A; the named
/// target entity (<c>corp1</c>) is side B, and the target type and target go to the target text.
/// </summary>
public sealed class GtdMapper : ISourceMapper
{
    private readonly Gazetteer _gazetteer;
    private readonly int _id, _year, _month, _day, _country, _provstate, _city, _lat, _lon, _specificity, _attackType,
        _targType, _targSubtype, _corp, _target, _gname, _gname2, _gname3, _nkill, _suicide, _summary, _scite;

    public GtdMapper(ColumnMap columns, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _id = columns.Find("eventid");
        _year = columns.Find("iyear");
        _month = columns.Find("imonth");
        _day = columns.Find("iday");
        _country = columns.Find("country_txt");
        _provstate = columns.Find("provstate");
        _city = columns.Find("city");
        _lat = columns.Find("latitude");
        _lon = columns.Find("longitude");
        _specificity = columns.Find("specificity");
        _attackType = columns.Find("attacktype1_txt");
        _targType = columns.Find("targtype1_txt");
        _targSubtype = columns.Find("targsubtype1_txt");
        _corp = columns.Find("corp1");
        _target = columns.Find("target1");
        _gname = columns.Find("gname");
        _gname2 = columns.Find("gname2");
        _gname3 = columns.Find("gname3");
        _nkill = columns.Find("nkill");
        _suicide = columns.Find("suicide");
        _summary = columns.Find("summary");
        _scite = columns.Find("scite1");
    }

    public static bool Recognises(ColumnMap columns) => columns.Has("eventid") && columns.Has("iyear");

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

        int? killed = null;
        var killedText = row.Get(_nkill);
        if (killedText is not null)
        {
            if (!FieldParsers.TryInt(killedText, out var k) || k < 0)
            {
                return MapResult.Reject(row.Issue(_nkill, $"nkill '{killedText}' is not a whole number ≥ 0"));
            }

            killed = k;
        }

        var targetType = row.Get(_targType);
        var sourceId = row.Get(_id);
        var associates = string.Join("; ", new[] { row.Get(_gname2), row.Get(_gname3) }.OfType<string>());
        var e = new ConflictEvent
        {
            Id = sourceId is null ? EventIds.FromContent(EventSource.Gtd, row.Raw) : EventIds.Of(EventSource.Gtd, sourceId),
            Source = EventSource.Gtd,
            SourceEventId = sourceId,
            Date = date,
            Country = country,
            Admin1 = PlaceFields.Admin1(_gazetteer, row, _provstate, country, warnings),
            Location = row.Get(_city),
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = FieldParsers.TryInt(row.Get(_specificity), out var sp) ? sp : null,
            EventType = EventTypeOf(row.Get(_attackType), targetType),
            SubEventType = row.Get(_attackType),
            Suicide = row.Get(_suicide) == "1",
            Actor1 = row.Get(_gname),
            AssocActor1 = associates.Length > 0 ? associates : null,
            Actor2 = row.Get(_corp),
            TargetText = string.Join(": ", new[] { targetType, row.Get(_targSubtype), row.Get(_target) }.OfType<string>()),
            Fatalities = Fatalities.BestOnly(killed),
            Notes = row.Get(_summary),
            SourceNames = row.Get(_scite),
        };
        return MapResult.Ok(e, warnings);
    }

    private bool TryDate(SourceRow row, out EventDate date, out RowIssue? rejection)
    {
        date = default;
        rejection = null;
        if (!FieldParsers.TryInt(row.Get(_year), out var year) || year is < 1900 or > 2200)
        {
            rejection = row.Issue(_year < 0 ? "iyear" : row.Name(_year), $"iyear '{row.Get(_year)}' is not a year");
            return false;
        }

        // An empty month or day is unknown, like GTD's 0; anything else must be a number.
        bool TryPart(int column, out int value)
        {
            value = 0;
            return row.Get(column) is not { } text || FieldParsers.TryInt(text, out value);
        }

        if (!TryPart(_month, out var month) || month is < 0 or > 12)
        {
            rejection = row.Issue(_month < 0 ? "imonth" : row.Name(_month), $"imonth '{row.Get(_month)}' is not 0–12");
            return false;
        }

        if (!TryPart(_day, out var day))
        {
            rejection = row.Issue(_day < 0 ? "iday" : row.Name(_day), $"iday '{row.Get(_day)}' is not a day number");
            return false;
        }

        if (month == 0)
        {
            date = EventDate.InYear(year);
            return true;
        }

        if (day == 0)
        {
            date = EventDate.InMonth(year, month);
            return true;
        }

        if (day < 0 || day > DateTime.DaysInMonth(year, month))
        {
            rejection = row.Issue(_day, $"iday '{day}' is not a day of {year}-{month:00}");
            return false;
        }

        date = EventDate.OnDay(new DateOnly(year, month, day));
        return true;
    }

    private static EventType EventTypeOf(string? attackType, string? targetType)
    {
        if (attackType is null || attackType.Equals("Unknown", StringComparison.OrdinalIgnoreCase))
        {
            return EventType.Other;
        }

        if (attackType.StartsWith("Bombing", StringComparison.OrdinalIgnoreCase))
        {
            return EventType.ExplosionOrRemoteViolence;
        }

        return targetType is "Military" or "Police" or "Terrorists/Non-State Militia" ? EventType.Battle : EventType.ViolenceAgainstCivilians;
    }
}
