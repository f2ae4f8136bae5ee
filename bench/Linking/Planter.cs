using System.Globalization;
using System.Text;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;

namespace Linking;

/// <summary>
/// Writes a UCDP GED-format and a GTD-format CSV holding twins of a share of a store's linkable
/// ACLED records (the same real event as another source would record it: another spelling of a
/// shared actor, coordinates moved up to 4.5 km, some dates a range around the day, some twins
/// with a district instead of coordinates, some GTD days unknown), near misses that the rule must
/// not link to their origin (25–60 km away), and unrelated background records; and the planted
/// pairs, one per line.
/// </summary>
internal static class Planter
{
    /// <summary>The generator's last day: no record may be dated after the ACLED file's end.</summary>
    private static readonly DateOnly LastDay = new(2025, 11, 28);

    private const double UcdpShare = 0.15, GtdShare = 0.08, NearMissShare = 0.05, BackgroundPerTwin = 0.6;

    public static int Run(string storePath, string dir, int seed)
    {
        var random = new Random(seed);
        var rule = new EventLinkRule(WatchProfile.Iskp.GenericActorIds);
        var names = Gazetteer.Default.Countries.ToDictionary(c => c.Iso3, c => c.Name);
        Directory.CreateDirectory(dir);
        using var ucdp = new StreamWriter(Path.Combine(dir, "ged.csv"), false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var gtd = new StreamWriter(Path.Combine(dir, "gtd.csv"), false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var planted = new StreamWriter(Path.Combine(dir, "planted.tsv"), false, new UTF8Encoding(false)) { NewLine = "\n" };
        ucdp.WriteLine("id,year,type_of_violence,side_a,side_b,country,adm_1,adm_2,latitude,longitude,date_start,date_end,best,low,high");
        gtd.WriteLine("eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,specificity,attacktype1_txt,targtype1_txt,gname,nkill,summary");
        planted.WriteLine("kind\tacled\tother");
        long ucdpId = 1, gtdId = 200000000001;
        int records = 0, ucdpTwins = 0, gtdTwins = 0, nearMisses = 0, background = 0;

        using var store = SqliteEventStore.OpenReadOnly(storePath);
        foreach (var e in store.Events(new EventQuery()).Select(s => s.Event))
        {
            if (e.Source != EventSource.Acled || !rule.IsLinkable(e) || e.Latitude is not { } lat || e.Longitude is not { } lon ||
                !names.TryGetValue(e.Country, out var country))
            {
                continue;
            }

            records++;
            var day = e.Date.Start;
            if (random.NextDouble() < UcdpShare && UcdpName(e) is { } side)
            {
                var (start, end) = random.NextDouble() < 0.3 ? (day.AddDays(-random.Next(4)), day.AddDays(random.Next(4))) : (day, day);
                var (tlat, tlon) = Move(random, lat, lon, 0, 4.5);
                var coordinates = random.NextDouble() < 0.1 && e.Admin2 is not null ? "," : Coordinates(tlat, tlon);
                ucdp.WriteLine(Ucdp(ucdpId, side, country, e.Admin1, e.Admin2, coordinates, start, end));
                planted.WriteLine($"twin\t{e.Id}\tucdp:{ucdpId}");
                ucdpId++;
                ucdpTwins++;
            }

            if (random.NextDouble() < GtdShare && GtdName(e) is { } group)
            {
                var (tlat, tlon) = Move(random, lat, lon, 0, 4.5);
                var unknownDay = random.NextDouble() < 0.05;
                gtd.WriteLine(Gtd(gtdId, group, country, day, unknownDay, Coordinates(tlat, tlon)));
                planted.WriteLine($"twin\t{e.Id}\tgtd:{gtdId}");
                gtdId++;
                gtdTwins++;
            }

            if (random.NextDouble() < NearMissShare && UcdpName(e) is { } nearSide)
            {
                var (nlat, nlon) = Move(random, lat, lon, 25, 60);
                ucdp.WriteLine(Ucdp(ucdpId, nearSide, country, e.Admin1, null, Coordinates(nlat, nlon), day, day));
                planted.WriteLine($"near\t{e.Id}\tucdp:{ucdpId}");
                ucdpId++;
                nearMisses++;
            }

            if (random.NextDouble() < (UcdpShare + GtdShare) * BackgroundPerTwin && UcdpName(e) is { } anySide)
            {
                // Another event of the same actor in the same country, some months away.
                var months = random.Next(60, 400);
                var other = day.AddDays(random.Next(2) == 0 || day.AddDays(months) > LastDay ? -months : months);
                var (blat, blon) = Move(random, lat, lon, 0, 200);
                ucdp.WriteLine(Ucdp(ucdpId, anySide, country, null, null, Coordinates(blat, blon), other, other));
                ucdpId++;
                background++;
            }
        }

        Console.Error.WriteLine($"plant: {records:N0} linkable ACLED records with coordinates; {ucdpTwins:N0} UCDP twins, {gtdTwins:N0} GTD twins, {nearMisses:N0} near misses, {background:N0} background records");
        return 0;
    }

    private static string Ucdp(long id, string sideA, string country, string? admin1, string? admin2, string coordinates, DateOnly start, DateOnly end) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{id},{start.Year},3,{Csv(sideA)},Civilians,{Csv(country)},{Csv(admin1)},{Csv(admin2)},{coordinates},{start:yyyy-MM-dd},{end:yyyy-MM-dd},1,1,2");

    private static string Gtd(long id, string group, string country, DateOnly day, bool unknownDay, string coordinates) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{id},{day.Year},{day.Month},{(unknownDay ? 0 : day.Day)},{Csv(country)},,,{coordinates},1,Bombing/Explosion,Private Citizens & Property,{Csv(group)},1,");

    private static string Coordinates(double lat, double lon) => string.Create(CultureInfo.InvariantCulture, $"{lat:0.00000},{lon:0.00000}");

    private static string Csv(string? text) => text is null ? "" : text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;

    /// <summary>A point between <paramref name="minKm"/> and <paramref name="maxKm"/> from the given one, in a random direction.</summary>
    private static (double Lat, double Lon) Move(Random random, double lat, double lon, double minKm, double maxKm)
    {
        var km = minKm + (random.NextDouble() * (maxKm - minKm));
        var bearing = random.NextDouble() * 2 * Math.PI;
        var dLat = km * Math.Cos(bearing) / 111.2;
        var dLon = km * Math.Sin(bearing) / (111.2 * Math.Cos(lat * Math.PI / 180));
        return (Math.Clamp(lat + dLat, -89.9, 89.9), lon + dLon);
    }

    private static readonly string[] KhorasanCountries = ["AFG", "PAK", "TJK", "UZB", "TKM", "IRN"];

    /// <summary>How UCDP names one of the record's specific actors (its side_a), or null when the record has none UCDP would name so.</summary>
    private static string? UcdpName(ConflictEvent e)
    {
        foreach (var id in e.ActorIds)
        {
            string? name = id switch
            {
                "taliban" => "Taleban",
                "iskp" => KhorasanCountries.Contains(e.Country) ? "IS" : "Khorasan Chapter of the Islamic State",
                "is_core" => "ISIL",
                "afghan_republic" when e.Date.Start < new DateOnly(2021, 8, 15) => "Government of Afghanistan",
                "pakistan_forces" => "Government of Pakistan",
                "iran_forces" => "Government of Iran",
                "foreign_forces" => "Government of United States of America",
                "al_qaeda" => "al-Qaida",
                "ttp" => "TTP",
                "tajikistan_forces" => "Government of Tajikistan",
                "uzbekistan_forces" => "Government of Uzbekistan",
                _ => null,
            };
            if (name is not null)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>How GTD names the record's perpetrator group (gname), or null when its specific actors are not groups GTD records.</summary>
    private static string? GtdName(ConflictEvent e)
    {
        foreach (var id in e.ActorIds)
        {
            string? name = id switch
            {
                "taliban" => "Taliban",
                "iskp" => "Khorasan Chapter of the Islamic State",
                "is_core" => "Islamic State of Iraq and the Levant (ISIL)",
                "ttp" => "Tehrik-i-Taliban Pakistan (TTP)",
                "al_qaeda" => "Al-Qaida",
                _ => null,
            };
            if (name is not null)
            {
                return name;
            }
        }

        return null;
    }
}
