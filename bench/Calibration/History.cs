using System.Globalization;
using System.Text;

namespace Calibration;

/// <summary>
/// Writes one simulated history as an ACLED export (the columns and wording of the real one) and
/// keeps the true monthly counts of attacks. Every random choice comes from the seed.
/// </summary>
internal static class History
{
    public const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction," +
        "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,source_url";

    private const string Iskp = "Islamic State Khorasan Province (ISKP)";
    private static readonly DateOnly Takeover = new(2021, 8, 15);

    private static readonly (string Province, double Lat, double Lon, double Weight)[] Fixed =
        [("Nangarhar", 34.43, 70.45, 0.5), ("Kabul", 34.53, 69.17, 0.3), ("Kunar", 34.85, 71.10, 0.2)];

    private static readonly (string Province, double Lat, double Lon, double Weight)[] Rare =
        [("Nangarhar", 34.43, 70.45, 0.45), ("Kabul", 34.53, 69.17, 0.25), ("Kunar", 34.85, 71.10, 0.1),
         ("Kunduz", 36.73, 68.86, 0.02), ("Balkh", 36.70, 67.11, 0.02), ("Herat", 34.35, 62.20, 0.02), ("Kandahar", 31.61, 65.71, 0.02),
         ("Helmand", 31.58, 64.36, 0.02), ("Logar", 33.98, 69.02, 0.02), ("Paktia", 33.60, 69.22, 0.02), ("Parwan", 35.01, 69.17, 0.02),
         ("Laghman", 34.66, 70.21, 0.02), ("Jowzjan", 36.66, 65.75, 0.02)];

    /// <summary>Writes <paramref name="path"/> and returns the attacks per month from <see cref="Scenario.Start"/> to the as-of month.</summary>
    public static int[] Write(Scenario scenario, int seed, string path)
    {
        var random = new Random(seed);
        var months = ((scenario.AsOf.Year - scenario.Start.Year) * 12) + scenario.AsOf.Month - scenario.Start.Month + 1;
        var counts = new int[months];
        var csv = new StringBuilder(Header).Append('\n');
        var id = 0;
        for (var m = 0; m < months; m++)
        {
            var first = scenario.Start.AddMonths(m);
            var changed = first >= scenario.ChangeStart && scenario.ChangeMonths > 0;
            var mean = scenario.Mean * (changed && scenario.Change is Change.DoubleLast3Months or Change.DoubleLast6Months ? 2 : 1);
            counts[m] = Count(random, mean, scenario.VarianceRatio);
            for (var i = 0; i < counts[m]; i++)
            {
                Attack(csv, random, scenario, Day(random, first), ++id, changed);
            }

            for (var i = Count(random, scenario.Mean / 3, scenario.VarianceRatio); i > 0; i--)
            {
                Operation(csv, random, Day(random, first), ++id);
            }

            if (changed && scenario.Change == Change.NewCountry && first.AddMonths(1) > scenario.AsOf)
            {
                Row(csv, ++id, Day(random, first), "Explosions/Remote violence", "Remote explosive/landmine/IED", Iskp, "Rebel group", "Civilians (Tajikistan)", "Civilians",
                    762, "Caucasus and Central Asia", "Tajikistan", "Khatlon", 37.91, 69.00, "A bomb exploded at a market in Kulob; ISKP claimed the attack.", 2);
                counts[m]++;
            }
        }

        File.WriteAllText(path, csv.ToString());
        return counts;
    }

    /// <summary>
    /// Writes ISKP attacks on the given days as an ACLED export: in Afghanistan (Nangarhar, Kabul,
    /// Kunar) or, where <c>Abroad</c>, in Pakistan's Khyber Pakhtunkhwa; each with its deaths.
    /// </summary>
    public static void WriteAttacks(IEnumerable<(DateOnly Day, int Deaths, bool Abroad)> attacks, DateOnly last, int seed, string path)
    {
        var random = new Random(seed);
        var csv = new StringBuilder(Header).Append('\n');
        var id = 0;
        foreach (var (day, deaths, abroad) in attacks.OrderBy(a => a.Day))
        {
            var (province, lat, lon) = Pick(random, Fixed);
            var (country, iso, admin1) = abroad ? ("Pakistan", 586, "Khyber Pakhtunkhwa") : ("Afghanistan", 4, province);
            (lat, lon) = abroad ? (34.0, 71.5) : (lat, lon);
            Row(csv, ++id, day, "Explosions/Remote violence", "Remote explosive/landmine/IED", Iskp, "Rebel group", $"Civilians ({country})", "Civilians", iso,
                "Caucasus and Central Asia", country, admin1, lat, lon, $"A bomb exploded in a crowded market, killing shoppers; ISKP claimed the attack. Fatalities: {deaths}.", deaths);
        }

        // A protest on the last day, no attack: the data cover the whole span, as a real export does, so its end is not the last attack.
        Row(csv, ++id, last, "Protests", "Peaceful protest", "Protesters (Afghanistan)", "Protesters", "", "", 4, "Caucasus and Central Asia", "Afghanistan", "Kabul", 34.53, 69.17,
            "Residents protested against rising prices.", 0);
        File.WriteAllText(path, csv.ToString());
    }

    /// <summary>A count with the given mean and variance ratio: Poisson, or a gamma–Poisson mixture (negative binomial with size μ/(v − 1)).</summary>
    public static int Count(Random random, double mean, double varianceRatio)
    {
        var rate = varianceRatio <= 1 ? mean : Gamma(random, mean / (varianceRatio - 1)) * (varianceRatio - 1);
        return Poisson(random, rate);
    }

    private static void Attack(StringBuilder csv, Random random, Scenario scenario, DateOnly day, int id, bool changed)
    {
        var (province, lat, lon) = Pick(random, scenario.RarePlaces ? Rare : Fixed);
        var (country, iso, admin1) = ("Afghanistan", 4, province);
        if (scenario.RarePlaces && random.NextDouble() < 0.04)
        {
            (country, iso, admin1, lat, lon) = random.NextDouble() < 0.8
                ? ("Pakistan", 586, "Khyber Pakhtunkhwa", 34.0, 71.5)
                : ("Tajikistan", 762, "Khatlon", 37.9, 69.0);
        }

        var deaths = random.NextDouble() < 0.3 ? 0 : (int)Math.Floor(Math.Exp(1.2 + Normal(random)));
        var suicide = random.NextDouble() < 0.2;
        var subEvent = suicide ? "Suicide bomb" : "Remote explosive/landmine/IED";
        var target = changed && scenario.Change == Change.TargetShift ? 0 : Target(random);
        var after = day >= Takeover;
        var (actor2, inter2, notes) = target switch
        {
            0 => ($"Civilians ({country})", "Civilians", "An explosion struck a Shia mosque during prayers; ISKP claimed the attack."),
            1 => (after ? "Police Forces of Afghanistan (2021-)" : "Police Forces of Afghanistan (2004-2021)", "State forces", "A bomb hit a police checkpoint; ISKP claimed the attack."),
            2 => ($"Civilians ({country})", "Civilians", "A bomb exploded in a crowded market, killing shoppers; ISKP claimed the attack."),
            _ => ($"Civilians ({country})", "Civilians", "Gunmen attacked a guesthouse used by foreign nationals; ISKP claimed the attack."),
        };
        if (country != "Afghanistan")
        {
            actor2 = $"Civilians ({country})";
            inter2 = "Civilians";
        }

        Row(csv, id, day, "Explosions/Remote violence", subEvent, Iskp, "Rebel group", actor2, inter2, iso, "Caucasus and Central Asia", country, admin1, lat, lon,
            (suicide ? "A suicide bomber detonated his vest. " : "") + notes + $" Fatalities: {deaths}.", deaths);
    }

    private static void Operation(StringBuilder csv, Random random, DateOnly day, int id)
    {
        var (province, lat, lon) = Pick(random, Fixed);
        var actor1 = day >= Takeover ? "Military Forces of Afghanistan (2021-)" : "Military Forces of Afghanistan (2004-2021)";
        Row(csv, id, day, "Battles", "Armed clash", actor1, "State forces", Iskp, "Rebel group", 4, "Caucasus and Central Asia", "Afghanistan",
            province, lat, lon, day >= Takeover ? "Taliban fighters raided an ISKP hideout and clashed with its members." : "Afghan forces raided an ISKP hideout and clashed with its members.", random.Next(0, 4));
    }

    private static void Row(
        StringBuilder csv, int id, DateOnly day, string eventType, string subEvent, string actor1, string inter1, string actor2, string inter2,
        int iso, string region, string country, string admin1, double lat, double lon, string notes, int deaths)
    {
        var inv = CultureInfo.InvariantCulture;
        csv.Append(inv, $"SIM{id},{day:yyyy-MM-dd},{day.Year},1,Political violence,{eventType},{subEvent},{actor1},,{inter1},{actor2},,{inter2},{inter1}-{inter2},,")
           .Append(inv, $"{iso},{region},{country},{admin1},,,{admin1},{lat:0.0000},{lon:0.0000},1,Simulated,Other,\"On {day:d MMMM yyyy}, {notes}\",{deaths},,1700000000,\n");
    }

    private static int Target(Random random)
    {
        var u = random.NextDouble();
        return u < 0.3 ? 0 : u < 0.65 ? 1 : u < 0.9 ? 2 : 3;
    }

    private static (string, double, double) Pick(Random random, (string Province, double Lat, double Lon, double Weight)[] places)
    {
        var u = random.NextDouble() * places.Sum(p => p.Weight);
        foreach (var p in places)
        {
            u -= p.Weight;
            if (u <= 0)
            {
                return (p.Province, p.Lat, p.Lon);
            }
        }

        return (places[^1].Province, places[^1].Lat, places[^1].Lon);
    }

    private static DateOnly Day(Random random, DateOnly first) => first.AddDays(random.Next(DateTime.DaysInMonth(first.Year, first.Month)));

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Gamma with the given shape and scale 1 (Marsaglia and Tsang).</summary>
    public static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            return Gamma(random, shape + 1) * Math.Pow(random.NextDouble(), 1 / shape);
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            var x = Normal(random);
            var v = Math.Pow(1 + (c * x), 3);
            if (v > 0 && Math.Log(1 - random.NextDouble()) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    public static int Poisson(Random random, double rate)
    {
        if (rate > 30)
        {
            return Poisson(random, rate / 2) + Poisson(random, rate / 2);
        }

        var limit = Math.Exp(-rate);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            k++;
        }

        return k;
    }
}
