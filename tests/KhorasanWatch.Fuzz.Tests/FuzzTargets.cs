using System.Text;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Fuzz.Tests;

/// <summary>
/// A reader under fuzzing: its seed file, the verb that reads it (the file's path goes where
/// <c>{file}</c> stands) and whether its mutations are JSON's. The GTD workbook's mutations go to
/// its sheet XML, rezipped, so that most cases reach the XML reader rather than the zip's checksums.
/// <see cref="CostFactor"/>: a target whose every case loads a whole file (the profile, with events
/// to read) runs that many times fewer cases.
/// </summary>
internal sealed record FuzzTarget(string Name, string Extension, string[] Verb, Func<byte[]> Seed, bool Json = false, bool Workbook = false, int CostFactor = 1)
{
    public override string ToString() => Name;

    public static readonly IReadOnlyList<FuzzTarget> All =
    [
        new("acled", ".csv", ["ingest", "{file}"], () => Utf8(Acled())),
        new("ucdp", ".csv", ["ingest", "{file}"], () => Utf8(Ucdp())),
        new("gtd_csv", ".csv", ["ingest", "{file}"], () => Utf8(GtdCsv())),
        new("gtd_xlsx", ".xlsx", ["ingest", "{file}"], () => Utf8(GtdSheet()), Workbook: true),
        new("claims_csv", ".csv", ["claims", "import", "{file}"], () => Utf8(ClaimsCsv())),
        new("claims_json", ".json", ["claims", "import", "{file}"], () => Utf8(ClaimsJson), Json: true),
        new("ach_json", ".json", ["ach", "import", "{file}"], () => Utf8(AchJson), Json: true),
        new("geojson", ".geojson", ["geo", "import", "{file}"], () => Utf8(GeoJson), Json: true),
        new("profile", ".json", ["ingest", "{events}", "--profile", "{file}"], () => File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "KhorasanWatch.Analysis", "Profiles", "iskp.json")), Json: true, CostFactor: 5),
    ];

    /// <summary>The bytes of a case as the reader gets them: the GTD workbook zipped around its mutated sheet.</summary>
    public byte[] Packed(byte[] mutated)
    {
        if (!Workbook)
        {
            return mutated;
        }

        using var stream = new MemoryStream();
        XlsxWorkbook.WriteSheetXml(stream, Encoding.UTF8.GetString(mutated));
        return stream.ToArray();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Acled() => Text(
        new Row("AFG1001"),
        new Row("AFG1002", Date: "2022-04-21", SubEventType: "Remote explosive/landmine/IED", Admin1: "Balkh", Admin2: "Mazar-e-Sharif", Latitude: 36.7, Longitude: 67.11, Fatalities: "31", Notes: "On 21 April 2022, a bomb at the Seh Dokan mosque; ISKP claimed it."),
        new Row("PAK2001", Date: "2023-07-30", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Bajaur", Latitude: 34.78, Longitude: 71.5, Fatalities: "63", TimePrecision: "2"),
        new Row("AFG1003", Date: "2021-11-02", EventType: "Battles", SubEventType: "Armed clash", Actor2: "Military Forces of Afghanistan (2021-) Taliban", Admin1: "Nangarhar", Admin2: "Jalalabad", Latitude: 34.43, Longitude: 70.45, Fatalities: ""));

    private const string UcdpHeader =
        "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name," +
        "side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date," +
        "source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid," +
        "country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";

    private static string Ucdp() => UcdpHeader + "\n" +
        "401243,AFG-2021-3-1187-12,2021,1,Clear,3,1187,1187,IS - Civilians,1187,1187,IS - Civilians,234,234,IS,1,1,Civilians,4,\"Reuters 2021-08-27 Kabul airport attack\",,,\"IS claims Kabul airport attack\",,1,Kabul city,Kabul airport,Kabul province,Kabul district,34.5655,69.2122,POINT (69.2122 34.5655),179,Afghanistan,700,Asia,1,1,2021-08-26 00:00:00.000,2021-08-26 00:00:00.000,0,0,170,0,170,183,170,700,\n" +
        "390111,AFG-2020-1-333-5,2020,1,Clear,1,333,333,Afghanistan: Government,700,700,Government of Afghanistan - IS,130,130,Government of Afghanistan,234,234,IS,2,\"Pajhwok 2020-08-03\",,,\"Jalalabad prison attack\",,1,Jalalabad,Jalalabad prison,Nangarhar province,Jalalabad district,34.43,70.45,POINT (70.45 34.43),180,Afghanistan,700,Asia,1,2,2020-08-02 00:00:00.000,2020-08-03 00:00:00.000,12,10,17,0,39,45,39,700,\n";

    private const string GtdHeader =
        "eventid,iyear,imonth,iday,approxdate,extended,country,country_txt,region,region_txt,provstate,city,latitude,longitude,specificity,vicinity," +
        "summary,success,suicide,attacktype1,attacktype1_txt,targtype1,targtype1_txt,targsubtype1,targsubtype1_txt,corp1,target1,natlty1_txt,gname," +
        "gname2,gname3,nkill,nkillus,nwound,scite1,dbsource";

    private static readonly string[][] GtdRows =
    [
        ["201708290012", "2017", "8", "29", "", "0", "4", "Afghanistan", "6", "South Asia", "Kabul", "Kabul", "34.5167", "69.1833", "1", "0", "08/29/2017: A suicide bomber detonated near a bank.", "1", "1", "3", "Bombing/Explosion", "4", "Military", "", "", "", "Soldiers", "Afghanistan", "Khorasan Chapter of the Islamic State", "", "", "5", "0", "9", "", "START Primary Collection"],
        ["201807150001", "2018", "7", "0", "July 2018", "1", "153", "Pakistan", "6", "South Asia", "Balochistan", "Mastung", "29.8", "66.84", "2", "0", "", "1", "1", "3", "Bombing/Explosion", "14", "Private Citizens & Property", "", "", "", "Rally", "Pakistan", "Khorasan Chapter of the Islamic State", "", "", "149", "0", "186", "", "START Primary Collection"],
    ];

    private static string GtdCsv() => GtdHeader + "\n" + string.Join("\n", GtdRows.Select(r => string.Join(',', r.Select(Quote)))) + "\n";

    private static string GtdSheet() => XlsxWorkbook.Sheet(
        new[] { (1, GtdHeader.Split(',').Cast<object?>().ToArray()) }
            .Concat(GtdRows.Select((r, i) => (i + 2, r.Select(c => double.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out var d) ? (object?)d : c).ToArray()))));

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string ClaimsCsv() => string.Join('\n', File.ReadAllText(Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv")).Split('\n').Take(6)) + "\n";

    private const string ClaimsJson = """
        [
          {"key": "herat-2021", "subject": "popular_attitude", "statement": "Said in Herat.", "refers_to": "2021", "reported": "2021-10",
           "source_title": "A report", "source_publisher": "A publisher", "grade": "C3", "tlp": "green", "owner": "NLD"},
          {"key": "manpower-2022", "subject": "manpower", "statement": "About 4,000 fighters.", "value": 4000, "low": 3000, "high": 5000, "unit": "fighters",
           "refers_to": "2022-01", "reported": "2022-02-01", "source_title": "UN monitoring team", "accessed": "2022-03-01", "reliability": "B", "credibility": "2"}
        ]
        """;

    private const string AchJson = """
        { "name": "iskp-resurgence", "question": "Is ISKP re-emerging?", "weights": { "high": 2, "medium": 1, "low": 0.5 },
          "hypotheses": [ { "id": "a", "name": "Resurgent" }, { "id": "b", "name": "Contained" } ],
          "items": [ { "id": "x", "kind": "note", "text": "Attacks abroad", "credibility": "high", "relevance": "low", "ratings": { "a": "CC", "b": "II" } },
                     { "id": "y", "kind": "note", "text": "Fewer attacks at home", "credibility": "medium", "relevance": "high", "ratings": { "a": "I", "b": "C" } } ] }
        """;

    private const string GeoJson = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"shapeName":"Kabul","shapeGroup":"AFG"},
          "geometry":{"type":"Polygon","coordinates":[[[68.9,34.2],[69.6,34.2],[69.6,34.9],[68.9,34.9],[68.9,34.2]]]}},
         {"type":"Feature","properties":{"shapeName":"Nangarhar","shapeGroup":"AFG"},
          "geometry":{"type":"MultiPolygon","coordinates":[[[[70.0,34.0],[71.2,34.0],[71.2,34.6],[70.0,34.6],[70.0,34.0]]]]}}]}
        """;
}
