using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// <c>kwatch indicators</c> on the shipped sample against counts done by hand. Every expected number
/// below was counted from samples/iskp-notable-attacks.csv with Python's csv module, not with kwatch:
/// <code>rows = list(csv.DictReader(open("samples/iskp-notable-attacks.csv", encoding="utf-8")))</code>
/// All 62 rows have actor1 "Islamic State Khorasan Province (ISKP)" (58) or "Islamic State (Afghanistan)"
/// (4, 2015–2016; an exact ISKP alias in the profile), no assoc_actor_1, a named admin1 and a
/// day-precise date, so every row is a certain ISKP attack in the year of its event_date.
/// </summary>
public sealed class IndicatorsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public IndicatorsCommandTests()
    {
        var ingest = CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db);
        Assert.Equal(0, ingest.ExitCode);
    }

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheDefaultRange_StartsAtTheActorsCoverage_WhenASourceNamesItEarlier()
    {
        // A source naming ISKP in 2012, before its emergence (January 2015): the range without --from starts at the coverage.
        var db = _temp.File("early.db");
        var file = _temp.Write("early.csv", AcledCsv.Text(new AcledCsv.Row("AFG1", Date: "2012-05-01"), new AcledCsv.Row("AFG2", Date: "2016-05-01")));
        Assert.Equal(0, CliRun.Of("ingest", file, "--db", db).ExitCode);

        var run = CliRun.Of("indicators", "--period", "year", "--db", db, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("2015-01-01", json.RootElement.GetProperty("from").GetString());
        Assert.Equal(["2015", "2016"], json.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
    }

    [Fact]
    public void AttacksPerYear_MatchTheRowsOfEachYearInTheSample()
    {
        // collections.Counter(r["event_date"][:4] for r in rows)
        var expected = new Dictionary<string, int>
        {
            ["2015"] = 1, ["2016"] = 3, ["2017"] = 3, ["2018"] = 6, ["2019"] = 3, ["2020"] = 7,
            ["2021"] = 8, ["2022"] = 12, ["2023"] = 10, ["2024"] = 8, ["2025"] = 1,
        };

        var years = Years("--period", "year");

        Assert.Equal(expected.Keys, years.Keys);
        Assert.All(expected, e => Assert.True(
            e.Value == years[e.Key].GetProperty("attacks").GetInt32(),
            $"{e.Key}: hand count {e.Value} attacks, kwatch {years[e.Key].GetProperty("attacks").GetInt32()}"));
        Assert.All(years.Values, y => Assert.Equal(0, y.GetProperty("uncertain").GetInt32()));
    }

    [Theory]
    // sum(int(r["fatalities"]) for r in rows if r["event_date"][:4] == year)
    [InlineData("2021", 391)]
    [InlineData("2022", 207)]
    public void BestFatalities_AreTheSumOfTheFatalitiesColumn(string year, int deaths)
    {
        var period = Years("--period", "year")[year];

        Assert.Equal(deaths, period.GetProperty("fatalities_best").GetInt32());
    }

    [Fact]
    public void AttacksOutsideAfghanistanIn2022_AreCountedPerCountryByIso3()
    {
        // Counter(r["country"] for r in rows if r["event_date"][:4] == "2022" and r["country"] != "Afghanistan"):
        // Pakistan 1 (KWS032), Tajikistan 1 (KWS035), Uzbekistan 1 (KWS037), Iran 1 (KWS041).
        var outside = Years("--period", "year")["2022"].GetProperty("outside_afghanistan");

        var counts = outside.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["IRN"] = 1, ["PAK"] = 1, ["TJK"] = 1, ["UZB"] = 1 }, counts);
    }

    [Fact]
    public void ProvincesIn2022_CountDistinctCountryAndProvincePairs_WithCanonicalNames()
    {
        // sorted({(r["country"], r["admin1"]) for r in rows if r["event_date"][:4] == "2022"}): 8 pairs, each spelled
        // once; the gazetteer names Uzbekistan's "Surxondaryo" Surkhandarya (its variant), the rest as written.
        var year = Years("--period", "year")["2022"];

        Assert.Equal(8, year.GetProperty("provinces").GetInt32());
        var listed = year.GetProperty("province_list").EnumerateArray()
            .Select(p => $"{p.GetProperty("country").GetString()}/{p.GetProperty("province").GetString()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["AFG/Badakhshan", "AFG/Balkh", "AFG/Kabul", "AFG/Kunduz", "IRN/Fars", "PAK/Khyber Pakhtunkhwa", "TJK/Khatlon", "UZB/Surkhandarya"],
            listed);
    }

    [Fact]
    public void MassCasualtyAttacksIn2021_AreThoseWithTenOrMoreDeaths()
    {
        // [r["event_id_cnty"] for r in rows if r["event_date"][:4] == "2021" and int(r["fatalities"]) >= 10]:
        // KWS024 (85), KWS025 (10), KWS026 (183), KWS029 (46), KWS030 (41), KWS031 (19); KWS027 (2) and KWS028 (5) are not.
        var year = Years("--period", "year")["2021"];

        Assert.Equal(6, year.GetProperty("scale").GetProperty("mass_casualty").GetInt32());
        Assert.Equal(
            ["acled:KWS024", "acled:KWS025", "acled:KWS026", "acled:KWS029", "acled:KWS030", "acled:KWS031"],
            year.GetProperty("event_ids").GetProperty("mass_casualty").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AWindowOverAugust2021_HoldsOnlyTheKabulAirportBombing()
    {
        // [r["event_id_cnty"] for r in rows if r["event_date"][:7] == "2021-08"] == ["KWS026"] (2021-08-26, Kabul, 183 dead).
        using var json = Indicators("--period", "window", "--from", "2021-08-01", "--to", "2021-08-31");
        var window = Assert.Single(json.RootElement.GetProperty("periods").EnumerateArray());

        Assert.Equal("2021-08-01", window.GetProperty("start").GetString());
        Assert.Equal("2021-08-31", window.GetProperty("end").GetString());
        Assert.Equal(1, window.GetProperty("attacks").GetInt32());
        Assert.Equal(183, window.GetProperty("fatalities_best").GetInt32());
        Assert.Equal(["acled:KWS026"], window.GetProperty("event_ids").GetProperty("attacks").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void YearOnYearFor2022_Compares12AttacksWith8AsPerDayRates()
    {
        // Hand counts: 12 attacks in 2022 and 8 in 2021 (see AttacksPerYear_…); both years have 365 days and
        // start after the data's coverage (1 January 2015), so the ratio is (12 / 365) / (8 / 365) = 1.5.
        var yoy = Years("--period", "year")["2022"].GetProperty("yoy");

        Assert.Equal(12, yoy.GetProperty("current").GetInt32());
        Assert.Equal(8, yoy.GetProperty("baseline").GetInt32());
        Assert.Equal(12.0 / 365 / (8.0 / 365), yoy.GetProperty("ratio").GetDouble(), 1e-6);
        Assert.True(yoy.GetProperty("low").GetDouble() < 1.5 && yoy.GetProperty("high").GetDouble() > 1.5, "the interval holds the ratio");
    }

    [Fact]
    public void AfghanAttacksIn2022_AreTheSumOfTheirProvinces()
    {
        // Counter(r["admin1"] for r in rows if r["event_date"][:4] == "2022" and r["country"] == "Afghanistan"):
        // Kabul 5, Balkh 1, Kunduz 1, Badakhshan 1; no Afghan row lacks an admin1, so nothing is left without a province.
        string[] range = ["--period", "year", "--from", "2022-01-01", "--to", "2022-12-31"];
        var country = Years([.. range, "--country", "AFG"])["2022"];
        var provinces = country.GetProperty("province_list").EnumerateArray().Select(p => p.GetProperty("province").GetString()!).ToList();

        var perProvince = provinces.ToDictionary(p => p, p => Years([.. range, "--province", p])["2022"].GetProperty("attacks").GetInt32());

        Assert.Equal(8, country.GetProperty("attacks").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Badakhshan"] = 1, ["Balkh"] = 1, ["Kabul"] = 5, ["Kunduz"] = 1 }, perProvince);
        Assert.Equal(country.GetProperty("attacks").GetInt32(), perProvince.Values.Sum());
    }

    [Theory]
    [InlineData("year", null, null, "2022")]
    // docs/cli.md's own example of the paper's "first four months".
    [InlineData("window", "2021-01-01", "2021-04-30", "window")]
    [InlineData("window", "2015-01-01", "2025-02-11", "window")]
    public void TheTable_FitsIn80Columns(string period, string? from, string? to, string row)
    {
        string[] range = from is null ? [] : ["--from", from, "--to", to!];
        var run = CliRun.Of(["indicators", "--db", Db, "--period", period, .. range]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.StartsWith(row, StringComparison.Ordinal));
        Assert.True(from is null || lines.Any(l => l.Contains($"{from} to {to}", StringComparison.Ordinal)), "a window's dates are printed");
        var tooLong = lines.Where(l => l.Length > 80).Select(l => $"({l.Length}) {l}").ToList();
        Assert.True(
            tooLong.Count == 0,
            "the table promises every line within 80 columns (IndicatorTableWriter writes its legend unwrapped); lines over 80:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void YearOnYear_SaysNaOr0Vs0WhereItHasNoRatio_AndTheFooterNamesEveryReason()
    {
        // The sample has no attack in August–October 2016 (KWS003 is on 2016-07-23, KWS004 on 2016-11-21) nor in
        // August–October 2015 (KWS001, 2015-04-18, is 2015's only row); 2015 has no year before it in the data
        // (coverage starts 2015-01-01).
        var months = CliRun.Of("indicators", "--db", Db, "--period", "window", "--from", "2016-08-01", "--to", "2016-10-31");
        var years = CliRun.Of("indicators", "--db", Db, "--period", "year", "--from", "2015-01-01", "--to", "2016-12-31");
        var longWindow = CliRun.Of("indicators", "--db", Db, "--period", "window", "--from", "2016-01-01", "--to", "2017-06-30");

        Assert.Contains(months.Out.Split('\n'), l => l.StartsWith("window", StringComparison.Ordinal) && l.Contains("0 vs 0", StringComparison.Ordinal));
        Assert.Contains(years.Out.Split('\n'), l => l.StartsWith("2015", StringComparison.Ordinal) && l.Contains("n/a", StringComparison.Ordinal));
        Assert.Contains(longWindow.Out.Split('\n'), l => l.StartsWith("window", StringComparison.Ordinal) && l.Contains("n/a", StringComparison.Ordinal));
        var footer = string.Join(' ', years.Out.Split('\n').Select(l => l.Trim()));
        Assert.Contains("where neither has an attack", footer, StringComparison.Ordinal);
        Assert.Contains("longer than a year", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownProvince_ExitsTwoWithOneLineNamingTheOption()
    {
        var run = CliRun.Of("indicators", "--db", Db, "--province", "Nowhere");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--province", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void AnEmptyStore_ExitsTwoAndTellsTheUserToIngest()
    {
        var run = CliRun.Of("indicators", "--db", _temp.File("empty.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("kwatch ingest", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAfterTo_ExitsTwoNamingBothDates()
    {
        var run = CliRun.Of("indicators", "--db", Db, "--from", "2022-01-01", "--to", "2021-01-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2022-01-01", run.Error, StringComparison.Ordinal);
        Assert.Contains("2021-01-01", run.Error, StringComparison.Ordinal);
    }

    private JsonDocument Indicators(params string[] args)
    {
        var run = CliRun.Of(["indicators", "--db", Db, "--format", "json", .. args]);
        Assert.True(run.ExitCode == 0, $"kwatch indicators exited {run.ExitCode}: {run.Error}");
        return JsonDocument.Parse(run.Out);
    }

    /// <summary>The periods of one run by label, cloned so they outlive the document.</summary>
    private Dictionary<string, JsonElement> Years(params string[] args)
    {
        using var json = Indicators(args);
        return json.RootElement.GetProperty("periods").EnumerateArray()
            .ToDictionary(p => p.GetProperty("period").GetString()!, p => p.Clone(), StringComparer.Ordinal);
    }
}
