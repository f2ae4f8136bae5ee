using System.Globalization;

namespace AcledGenerator;

/// <summary>ACLED's actor types (inter codes), written as words as in current exports.</summary>
internal enum Kind
{
    State = 1,
    Rebel = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,
    External = 8,
}

/// <summary>How violent a country's event mix is.</summary>
internal enum Profile
{
    War,
    Conflict,
    Civil,
}

internal sealed record Actor(string Name, Kind Kind, string Short)
{
    public static string InterWord(Kind kind) => kind switch
    {
        Kind.State => "State forces",
        Kind.Rebel => "Rebel group",
        Kind.PoliticalMilitia => "Political militia",
        Kind.IdentityMilitia => "Identity militia",
        Kind.Rioters => "Rioters",
        Kind.Protesters => "Protesters",
        Kind.Civilians => "Civilians",
        _ => "External/Other forces",
    };

    /// <summary>"R:Name" or "R:Name~short name used in notes".</summary>
    public static Actor Parse(string spec)
    {
        var kind = spec[0] switch
        {
            'S' => Kind.State,
            'R' => Kind.Rebel,
            'P' => Kind.PoliticalMilitia,
            'I' => Kind.IdentityMilitia,
            'E' => Kind.External,
            'C' => Kind.Civilians,
            _ => throw new FormatException($"bad actor spec '{spec}'"),
        };
        var rest = spec[2..];
        var tilde = rest.IndexOf('~', StringComparison.Ordinal);
        return tilde >= 0
            ? new Actor(rest[..tilde], kind, rest[(tilde + 1)..])
            : new Actor(rest, kind, ShortOf(rest, kind));
    }

    public static string ShortOf(string name, Kind kind)
    {
        if (name.StartsWith("Military Forces of", StringComparison.Ordinal))
        {
            return kind == Kind.External ? "foreign military forces" : "military forces";
        }

        if (name.StartsWith("Police Forces of", StringComparison.Ordinal))
        {
            return "police forces";
        }

        if (name.StartsWith("Unidentified Armed Group", StringComparison.Ordinal))
        {
            return "unidentified gunmen";
        }

        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var core = colon > 0 ? name[..colon] : name;
        var paren = core.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && kind is Kind.IdentityMilitia or Kind.PoliticalMilitia)
        {
            core = core[..paren];
        }

        return kind switch
        {
            Kind.Rebel => core + " militants",
            Kind.PoliticalMilitia or Kind.IdentityMilitia => core + " members",
            _ => core,
        };
    }
}

internal sealed record Source(string Name, char Scale);

internal sealed record Place(string Admin2, string Location, double Lat, double Lon);

internal sealed class Admin1
{
    public required string Name { get; init; }
    public required double Weight { get; init; }
    public required double Lat { get; init; }
    public required double Lon { get; init; }
    public required Place[] Places { get; init; }
}

internal sealed class Country
{
    public required string Iso3 { get; init; }
    public required int Numeric { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public required Profile Profile { get; init; }
    public required double Weight { get; init; }
    public required int StartYear { get; init; }
    public required double LatMin { get; init; }
    public required double LatMax { get; init; }
    public required double LonMin { get; init; }
    public required double LonMax { get; init; }
    public required Admin1[] Admin1 { get; init; }
    public required Actor[] Groups { get; init; }
    public required Source[] Sources { get; init; }
    public required bool HasAdmin3 { get; init; }

    public required Actor Military { get; init; }
    public required Actor Police { get; init; }
    public required Actor Civilians { get; init; }
    public required Actor Protesters { get; init; }
    public required Actor Rioters { get; init; }
    public required Actor Unidentified { get; init; }
    public required Actor[] Externals { get; init; }
    public required Actor[] Parties { get; init; }
    public required string[] ProtestGroups { get; init; }
    public required string[] VictimGroups { get; init; }

    public required string NumericText { get; init; }
    public required double[] Admin1Cumulative { get; init; }

    /// <summary>Builds a country from compact specs; place coordinates come from <paramref name="layout"/>.</summary>
    public static Country Build(
        string iso3, int numeric, string name, string region, Profile profile, double weight, int startYear,
        (double LatMin, double LatMax, double LonMin, double LonMax) box, string regime,
        string[] admin1, string[] groups, string[] sources, Random layout, bool hasAdmin3 = false)
    {
        var admins = new Admin1[admin1.Length];
        for (var i = 0; i < admin1.Length; i++)
        {
            admins[i] = ParseAdmin1(admin1[i], box, layout);
        }

        var cumulative = new double[admins.Length];
        var total = 0.0;
        for (var i = 0; i < admins.Length; i++)
        {
            total += admins[i].Weight;
            cumulative[i] = total;
        }

        var actors = groups.Select(Actor.Parse).ToArray();
        return new Country
        {
            Iso3 = iso3,
            Numeric = numeric,
            Name = name,
            Region = region,
            Profile = profile,
            Weight = weight,
            StartYear = startYear,
            LatMin = box.LatMin,
            LatMax = box.LatMax,
            LonMin = box.LonMin,
            LonMax = box.LonMax,
            Admin1 = admins,
            Groups = actors,
            Externals = [.. actors.Where(a => a.Kind == Kind.External)],
            Parties = [.. actors.Where(a => a.Kind == Kind.PoliticalMilitia && a.Name.Contains(':', StringComparison.Ordinal))],
            ProtestGroups = [$"Students ({name})", $"Labor Group ({name})", $"Teachers ({name})", $"Women ({name})", $"Farmers ({name})"],
            VictimGroups = [$"Journalists ({name})", $"Teachers ({name})", $"Health Workers ({name})", $"Farmers ({name})", $"Women ({name})"],
            Sources = [.. sources.Select(s => new Source(s[..^2], s[^1]))],
            HasAdmin3 = hasAdmin3,
            Military = new Actor($"Military Forces of {name} {regime}", Kind.State, "military forces"),
            Police = new Actor($"Police Forces of {name} {regime}", Kind.State, "police forces"),
            Civilians = new Actor($"Civilians ({name})", Kind.Civilians, "civilians"),
            Protesters = new Actor($"Protesters ({name})", Kind.Protesters, "protesters"),
            Rioters = new Actor($"Rioters ({name})", Kind.Rioters, "rioters"),
            Unidentified = new Actor($"Unidentified Armed Group ({name})", Kind.PoliticalMilitia, "unidentified gunmen"),
            NumericText = numeric.ToString(CultureInfo.InvariantCulture),
            Admin1Cumulative = cumulative,
        };
    }

    /// <summary>"Name*weight@lat,lon:District=Loc;Loc|District=Loc" (weight optional, default 1).</summary>
    private static Admin1 ParseAdmin1(string spec, (double LatMin, double LatMax, double LonMin, double LonMax) box, Random layout)
    {
        var at = spec.IndexOf('@', StringComparison.Ordinal);
        var colon = spec.IndexOf(':', at);
        var head = spec[..at];
        var star = head.IndexOf('*', StringComparison.Ordinal);
        var name = star >= 0 ? head[..star] : head;
        var weight = star >= 0 ? double.Parse(head[(star + 1)..], CultureInfo.InvariantCulture) : 1.0;
        var coords = spec[(at + 1)..colon].Split(',');
        var lat = double.Parse(coords[0], CultureInfo.InvariantCulture);
        var lon = double.Parse(coords[1], CultureInfo.InvariantCulture);

        var places = new List<Place>();
        foreach (var district in spec[(colon + 1)..].Split('|'))
        {
            var eq = district.IndexOf('=', StringComparison.Ordinal);
            var admin2 = district[..eq];
            var dLat = Clamp(lat + Jitter(layout, 0.45), box.LatMin, box.LatMax);
            var dLon = Clamp(lon + Jitter(layout, 0.45), box.LonMin, box.LonMax);
            var first = true;
            foreach (var location in district[(eq + 1)..].Split(';'))
            {
                // The district's first location sits at the district centre; the others nearby.
                var pLat = first ? dLat : Clamp(dLat + Jitter(layout, 0.12), box.LatMin, box.LatMax);
                var pLon = first ? dLon : Clamp(dLon + Jitter(layout, 0.12), box.LonMin, box.LonMax);
                places.Add(new Place(admin2, location, Math.Round(pLat, 4), Math.Round(pLon, 4)));
                first = false;
            }
        }

        return new Admin1 { Name = name, Weight = weight, Lat = lat, Lon = lon, Places = [.. places] };
    }

    private static double Jitter(Random r, double spread) => (r.NextDouble() - r.NextDouble()) * spread;

    private static double Clamp(double v, double min, double max) => Math.Min(max, Math.Max(min, v));
}
