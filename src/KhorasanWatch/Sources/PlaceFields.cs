using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Sources;

/// <summary>Shared checks for the place fields every source has: country, province, coordinates.</summary>
internal static class PlaceFields
{
    /// <summary>
    /// The ISO3 code from the country name, else from the numeric ISO code (with a warning when a
    /// name was given but not recognised), else a rejection.
    /// </summary>
    public static string? Country(Gazetteer gazetteer, SourceRow row, int nameColumn, int numericColumn, List<RowIssue> warnings, out RowIssue? rejection)
    {
        rejection = null;
        var name = row.Get(nameColumn);
        if (gazetteer.FindCountry(name) is { } byName)
        {
            return byName.Iso3;
        }

        if (FieldParsers.TryInt(row.Get(numericColumn), out var numeric) && gazetteer.FindCountry(numeric) is { } byNumber)
        {
            if (name is not null)
            {
                warnings.Add(row.Issue(nameColumn, $"unknown country '{name}'; used the numeric code {numeric} ({byNumber.Iso3})"));
            }

            return byNumber.Iso3;
        }

        rejection = name is null
            ? row.Issue(nameColumn < 0 ? "country" : row.Name(nameColumn), "missing country")
            : row.Issue(nameColumn, $"unknown country '{name}'");
        return null;
    }

    /// <summary>The gazetteer's canonical name, or the source's spelling with a warning when unknown.</summary>
    public static string? Admin1(Gazetteer gazetteer, SourceRow row, int column, string country, List<RowIssue> warnings)
    {
        var raw = row.Get(column);
        if (raw is null)
        {
            return null;
        }

        if (gazetteer.FindAdmin1(country, raw) is { } known)
        {
            return known.Name;
        }

        if (gazetteer.HasAdmin1(country))
        {
            warnings.Add(row.Issue(column, $"province '{raw}' is not in the gazetteer for {country}; kept as given"));
        }

        return raw;
    }

    public static bool Coordinates(SourceRow row, int latColumn, int lonColumn, out double? lat, out double? lon, out RowIssue? rejection)
    {
        lat = lon = null;
        rejection = null;
        var latText = row.Get(latColumn);
        var lonText = row.Get(lonColumn);
        if (latText is null && lonText is null)
        {
            return true;
        }

        if (!FieldParsers.TryDouble(latText, out var la) || la is < -90 or > 90)
        {
            rejection = row.Issue(latColumn < 0 ? "latitude" : row.Name(latColumn), $"latitude '{latText}' is not a number between -90 and 90");
            return false;
        }

        if (!FieldParsers.TryDouble(lonText, out var lo) || lo is < -180 or > 180)
        {
            rejection = row.Issue(lonColumn < 0 ? "longitude" : row.Name(lonColumn), $"longitude '{lonText}' is not a number between -180 and 180");
            return false;
        }

        lat = la;
        lon = lo;
        return true;
    }
}
