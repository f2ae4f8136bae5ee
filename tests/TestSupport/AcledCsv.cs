using System.Globalization;
using System.Text;

namespace KhorasanWatch.TestSupport;

/// <summary>Builds ACLED-format CSV text for tests: the 31 codebook columns, rows given by the fields that matter.</summary>
internal static class AcledCsv
{
    public const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2," +
        "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    public sealed record Row(
        string Id,
        string Date = "2021-08-26",
        string EventType = "Explosions/Remote violence",
        string SubEventType = "Suicide bomb",
        string Actor1 = "Islamic State Khorasan Province (ISKP)",
        string Actor2 = "Civilians (Afghanistan)",
        string AssocActor2 = "",
        string Country = "Afghanistan",
        string Admin1 = "Kabul",
        string Admin2 = "Kabul",
        double Latitude = 34.5553,
        double Longitude = 69.2075,
        string Notes = "On 26 August 2021, an ISKP suicide bomber attacked a crowd at the airport.",
        string Fatalities = "10",
        string TimePrecision = "1",
        string Tags = "");

    public static string Text(params Row[] rows) => Text((IEnumerable<Row>)rows);

    public static string Text(IEnumerable<Row> rows)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(Line(r)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Line(Row r)
    {
        string[] fields =
        [
            r.Id, r.Date, r.Date.Length >= 4 ? r.Date[..4] : "", r.TimePrecision, "Political violence", r.EventType, r.SubEventType, r.Actor1, "", "Rebel group",
            r.Actor2, r.AssocActor2, "Civilians", "Rebel group-Civilians", "", "4", "Caucasus and Central Asia", r.Country, r.Admin1, r.Admin2, "", r.Admin2,
            r.Latitude.ToString(CultureInfo.InvariantCulture), r.Longitude.ToString(CultureInfo.InvariantCulture), "1", "Reuters", "International", r.Notes,
            r.Fatalities, r.Tags, "1700000000",
        ];
        return string.Join(',', fields.Select(Quote));
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
