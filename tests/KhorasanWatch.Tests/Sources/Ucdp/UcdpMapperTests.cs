using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources;
using KhorasanWatch.Sources.Ucdp;

namespace KhorasanWatch.Tests.Sources.Ucdp;

public sealed class UcdpMapperTests
{
    private const string FullHeader =
        "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name," +
        "dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b," +
        "number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec," +
        "where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id," +
        "region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best," +
        "high,low,gwnoa,gwnob";

    /// <summary>A valid full-file row (the Kabul airport bombing), by column name; tests change what they need.</summary>
    private static Dictionary<string, string> KabulAirportBombing() => new()
    {
        ["id"] = "401243",
        ["relid"] = "AFG-2021-3-1187-12",
        ["year"] = "2021",
        ["active_year"] = "1",
        ["code_status"] = "Clear",
        ["type_of_violence"] = "3",
        ["conflict_dset_id"] = "1187",
        ["conflict_new_id"] = "1187",
        ["conflict_name"] = "IS - Civilians",
        ["dyad_dset_id"] = "1187",
        ["dyad_new_id"] = "1187",
        ["dyad_name"] = "IS - Civilians",
        ["side_a_dset_id"] = "234",
        ["side_a_new_id"] = "234",
        ["side_a"] = "IS",
        ["side_b_dset_id"] = "1",
        ["side_b_new_id"] = "1",
        ["side_b"] = "Civilians",
        ["number_of_sources"] = "4",
        ["source_article"] = "Reuters 2021-08-27 Kabul airport attack",
        ["source_office"] = "Reuters",
        ["source_date"] = "2021-08-27",
        ["source_headline"] = "Suicide bombing at Kabul airport gate",
        ["source_original"] = "Taliban spokesman",
        ["where_prec"] = "1",
        ["where_coordinates"] = "Kabul airport",
        ["where_description"] = "Abbey Gate",
        ["adm_1"] = "Kabul province",
        ["adm_2"] = "Kabul district",
        ["latitude"] = "34.5658",
        ["longitude"] = "69.2123",
        ["geom_wkt"] = "POINT (69.2123 34.5658)",
        ["priogrid_gid"] = "179419",
        ["country"] = "Afghanistan",
        ["country_id"] = "700",
        ["region"] = "Asia",
        ["event_clarity"] = "1",
        ["date_prec"] = "1",
        ["date_start"] = "2021-08-26 00:00:00.000",
        ["date_end"] = "2021-08-26 00:00:00.000",
        ["deaths_a"] = "1",
        ["deaths_b"] = "0",
        ["deaths_civilians"] = "170",
        ["deaths_unknown"] = "0",
        ["best"] = "171",
        ["high"] = "185",
        ["low"] = "171",
        ["gwnoa"] = "",
        ["gwnob"] = "",
    };

    private static Dictionary<string, string> With(Dictionary<string, string> values, string changes)
    {
        foreach (var change in changes.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = change.IndexOf('=', StringComparison.Ordinal);
            values[change[..eq]] = change[(eq + 1)..];
        }

        return values;
    }

    private static SourceRow Row(string header, IReadOnlyDictionary<string, string> values, long line = 2)
    {
        var names = header.Split(',');
        var cells = names.Select(h => values.GetValueOrDefault(h, "")).ToArray();
        return new SourceRow("ged.csv", line, new ColumnMap(names), cells, string.Join(',', cells));
    }

    private static SourceRow Row(string header, string line)
    {
        var names = header.Split(',');
        return new SourceRow("extract.csv", 2, new ColumnMap(names), line.Split(','), line);
    }

    private static MapResult Map(SourceRow row) => new UcdpMapper(row.Columns, Gazetteer.Default).Map(row);

    private static ConflictEvent MapOk(SourceRow row)
    {
        var result = Map(row);
        Assert.Null(result.Rejection);
        return Assert.IsType<ConflictEvent>(result.Event);
    }

    [Theory]
    [InlineData("\"Xinhua News Agency,2017-03-08,1st LD: 3rd explosion rocks military hospital in Afghan capital\";\"Agence France Presse,2017-03-08,Gunmen dressed as doctors attack Kabul military hospital\"",
        "1st LD: 3rd explosion rocks military hospital in Afghan capital | Gunmen dressed as doctors attack Kabul military hospital")]
    [InlineData("\"Reuters News,2018-01-29,Islamic state claims responsibility for attack in Kabul, says Amaq\"", "Islamic state claims responsibility for attack in Kabul, says Amaq")]
    [InlineData("Reuters 2021-08-27 Kabul airport attack", null)] // no report in the Publisher,date,headline form: no headline to take
    public void WithoutSourceHeadline_TheNotesAreTheHeadlinesInsideSourceArticle(string article, string? notes)
    {
        var values = KabulAirportBombing();
        values.Remove("source_headline");
        values["source_article"] = article;
        var header = string.Join(',', FullHeader.Split(',').Where(h => h != "source_headline"));

        var e = MapOk(Row(header, values));

        Assert.Equal(notes, e.Notes);
    }

    [Fact]
    public void Map_FullFile_FillsEveryField()
    {
        var result = Map(Row(FullHeader, KabulAirportBombing()));

        var e = Assert.IsType<ConflictEvent>(result.Event);
        Assert.Null(result.Warnings);
        Assert.Equal("ucdp:401243", e.Id);
        Assert.Equal(EventSource.Ucdp, e.Source);
        Assert.Equal("401243", e.SourceEventId);
        Assert.Equal(EventDate.OnDay(new DateOnly(2021, 8, 26)), e.Date);
        Assert.Equal("AFG", e.Country);
        Assert.Equal("Kabul", e.Admin1);
        Assert.Equal("Kabul district", e.Admin2);
        Assert.Equal("Kabul airport", e.Location);
        Assert.Equal(34.5658, e.Latitude);
        Assert.Equal(69.2123, e.Longitude);
        Assert.Equal(1, e.GeoPrecision);
        Assert.Equal(EventType.ViolenceAgainstCivilians, e.EventType);
        Assert.Equal("one-sided", e.SubEventType);
        Assert.Equal("IS", e.Actor1);
        Assert.Equal("Civilians", e.Actor2);
        Assert.Equal(new Fatalities(171, 171, 185), e.Fatalities);
        Assert.Equal("Suicide bombing at Kabul airport gate", e.Notes);
        Assert.Equal("Reuters 2021-08-27 Kabul airport attack", e.SourceNames);
    }

    [Theory]
    [InlineData(",year,type_of_violence,side_a,side_b,country,latitude,longitude,date_start,date_end,best,low,high",
        "0,2021,3,IS,Civilians,Afghanistan,34.5658,69.2123,2021-08-26,2021-08-26,171,171,185")]
    [InlineData(",type_of_violence,side_a,side_b,country,date_start,best,low,high",
        "17,One-Sided,IS,Civilians,Afghanistan,2021-08-26,171,171,185")]
    public void Map_ExtractWithoutIdsNamesProvinceOrPrecision_StillMaps(string header, string line)
    {
        var result = Map(Row(header, line));

        var e = Assert.IsType<ConflictEvent>(result.Event);
        Assert.Null(result.Warnings);
        Assert.Matches("^ucdp:h-[0-9a-f]{32}$", e.Id);
        Assert.Null(e.SourceEventId);
        Assert.Equal(EventDate.OnDay(new DateOnly(2021, 8, 26)), e.Date);
        Assert.Equal("AFG", e.Country);
        Assert.Null(e.Admin1);
        Assert.Null(e.GeoPrecision);
        Assert.Equal(EventType.ViolenceAgainstCivilians, e.EventType);
        Assert.Equal(("IS", "Civilians"), (e.Actor1, e.Actor2));
        Assert.Equal(171, e.Fatalities.Best);
    }

    [Fact]
    public void Map_ExtractWithUnnamedIndexColumn_DoesNotTakeTheIndexForTheId()
    {
        const string header = ",id,type_of_violence,side_a,side_b,country,date_start,best";

        var e = MapOk(Row(header, "5,401243,3,IS,Civilians,Afghanistan,2021-08-26,171"));

        Assert.Equal("ucdp:401243", e.Id);
    }

    [Theory]
    [InlineData("1", EventType.Battle, "state-based")]
    [InlineData("2", EventType.Battle, "non-state")]
    [InlineData("3", EventType.ViolenceAgainstCivilians, "one-sided")]
    [InlineData("State", EventType.Battle, "state-based")]
    [InlineData("Non-State", EventType.Battle, "non-state")]
    [InlineData("One-Sided", EventType.ViolenceAgainstCivilians, "one-sided")]
    public void Map_TypeOfViolenceAsCodeOrWord_GivesTheEventType(string typeOfViolence, EventType type, string subType)
    {
        var e = MapOk(Row(FullHeader, With(KabulAirportBombing(), $"type_of_violence={typeOfViolence}")));

        Assert.Equal(type, e.EventType);
        Assert.Equal(subType, e.SubEventType);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("Civil war")]
    public void Map_BadTypeOfViolence_IsRejectedNamingTheField(string typeOfViolence)
    {
        var result = Map(Row(FullHeader, With(KabulAirportBombing(), $"type_of_violence={typeOfViolence}"), line: 40));

        Assert.Null(result.Event);
        var rejection = Assert.IsType<RowIssue>(result.Rejection);
        Assert.Equal(("ged.csv", 40L, "type_of_violence"), (rejection.File, rejection.Line, rejection.Field));
        Assert.Contains($"'{typeOfViolence}'", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20", "25", "30")] // low above best
    [InlineData("40", "10", "30")] // best above high
    [InlineData("10", "50", "30")] // low above best and high
    [InlineData("", "50", "30")] // low above high, best unknown
    public void Map_EstimatesOutOfOrder_AreKeptAsGivenWithExactlyOneWarning(string best, string low, string high)
    {
        var result = Map(Row(FullHeader, With(KabulAirportBombing(), $"best={best};low={low};high={high}")));

        var e = Assert.IsType<ConflictEvent>(result.Event);
        Assert.Equal(new Fatalities(Int(best), Int(low), Int(high)), e.Fatalities);
        Assert.Single(result.Warnings ?? []);

        static int? Int(string text) => text.Length == 0 ? null : int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("10", "5", "30")]
    [InlineData("10", "10", "10")]
    public void Map_EstimatesInOrder_GiveNoWarning(string best, string low, string high)
    {
        var result = Map(Row(FullHeader, With(KabulAirportBombing(), $"best={best};low={low};high={high}")));

        Assert.NotNull(result.Event);
        Assert.Null(result.Warnings);
    }

    [Theory]
    [InlineData("best=-5", "best")]
    [InlineData("date_start=sometime", "date_start")]
    [InlineData("date_end=2021-08-20", "date_end")]
    public void Map_BadField_IsRejectedNamingIt(string changes, string field)
    {
        var result = Map(Row(FullHeader, With(KabulAirportBombing(), changes)));

        Assert.Null(result.Event);
        Assert.Equal(field, result.Rejection?.Field);
    }

    [Theory]
    [InlineData("Nangarhar province", "Nangarhar")]
    [InlineData("Hilmand province", "Helmand")]
    public void Map_AdmOneWithProvinceSuffix_IsCanonicalised(string adm1, string expected)
    {
        var result = Map(Row(FullHeader, With(KabulAirportBombing(), $"adm_1={adm1}")));

        Assert.Equal(expected, result.Event?.Admin1);
        Assert.Null(result.Warnings);
    }

    [Fact]
    public void Map_UnknownAdmOne_IsKeptWithAWarning()
    {
        var result = Map(Row(FullHeader, With(KabulAirportBombing(), "adm_1=Atlantis province")));

        Assert.Equal("Atlantis province", result.Event?.Admin1);
        Assert.Equal("adm_1", Assert.Single(result.Warnings ?? []).Field);
    }

    [Theory]
    [InlineData("2021-08-26", "2021-08-26", "2021-08-26", "2021-08-26", DatePrecision.Day)]
    [InlineData("2021-08-20", "2021-08-26", "2021-08-20", "2021-08-26", DatePrecision.Range)]
    [InlineData("2021-08-20 00:00:00.000", "2021-09-02 00:00:00.000", "2021-08-20", "2021-09-02", DatePrecision.Range)]
    [InlineData("", "", "2021-01-01", "2021-12-31", DatePrecision.Year)]
    public void Map_DateStartToDateEnd_GivesTheRangeAndItsPrecision(string dateStart, string dateEnd, string start, string end, DatePrecision precision)
    {
        var e = MapOk(Row(FullHeader, With(KabulAirportBombing(), $"date_start={dateStart};date_end={dateEnd}")));

        Assert.Equal(new EventDate(Day(start), Day(end), precision), e.Date);

        static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
