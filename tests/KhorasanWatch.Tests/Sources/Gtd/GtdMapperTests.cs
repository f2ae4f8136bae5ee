using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources;
using KhorasanWatch.Sources.Gtd;

namespace KhorasanWatch.Tests.Sources.Gtd;

public sealed class GtdMapperTests
{
    /// <summary>The GTD columns the mapper reads, among others it ignores, in the file's order.</summary>
    private const string Header =
        "eventid,iyear,imonth,iday,approxdate,extended,country,country_txt,region,region_txt,provstate,city," +
        "latitude,longitude,specificity,vicinity,summary,success,suicide,attacktype1,attacktype1_txt,targtype1," +
        "targtype1_txt,targsubtype1,targsubtype1_txt,corp1,target1,natlty1_txt,gname,gname2,gname3,nkill,nkillus," +
        "nwound,scite1,dbsource";

    /// <summary>A valid row (the Kabul airport bombing), by column name; tests change what they need.</summary>
    private static Dictionary<string, string> KabulAirportBombing() => new()
    {
        ["eventid"] = "202108260001",
        ["iyear"] = "2021",
        ["imonth"] = "8",
        ["iday"] = "26",
        ["approxdate"] = "",
        ["extended"] = "0",
        ["country"] = "4",
        ["country_txt"] = "Afghanistan",
        ["region"] = "6",
        ["region_txt"] = "South Asia",
        ["provstate"] = "Kabul",
        ["city"] = "Kabul",
        ["latitude"] = "34.5658",
        ["longitude"] = "69.2123",
        ["specificity"] = "1",
        ["vicinity"] = "0",
        ["summary"] = "A suicide bomber detonated at the Abbey Gate of Kabul airport.",
        ["success"] = "1",
        ["suicide"] = "1",
        ["attacktype1"] = "3",
        ["attacktype1_txt"] = "Bombing/Explosion",
        ["targtype1"] = "14",
        ["targtype1_txt"] = "Private Citizens & Property",
        ["targsubtype1"] = "75",
        ["targsubtype1_txt"] = "Civilians",
        ["corp1"] = "Not Applicable",
        ["target1"] = "Crowd at the airport gate",
        ["natlty1_txt"] = "Afghanistan",
        ["gname"] = "Khorasan Chapter of the Islamic State",
        ["gname2"] = "",
        ["gname3"] = "",
        ["nkill"] = "170.0",
        ["nkillus"] = "13.0",
        ["nwound"] = "200.0",
        ["scite1"] = "Reuters, 27 August 2021",
        ["dbsource"] = "START Primary Collection",
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

    private static SourceRow Row(IReadOnlyDictionary<string, string> values, long line = 2)
    {
        var names = Header.Split(',');
        var cells = names.Select(h => values.GetValueOrDefault(h, "")).ToArray();
        return new SourceRow("globalterrorismdb.csv", line, new ColumnMap(names), cells, string.Join(',', cells));
    }

    private static MapResult Map(SourceRow row) => new GtdMapper(row.Columns, Gazetteer.Default).Map(row);

    private static ConflictEvent MapOk(SourceRow row)
    {
        var result = Map(row);
        Assert.Null(result.Rejection);
        return Assert.IsType<ConflictEvent>(result.Event);
    }

    [Fact]
    public void Map_Row_FillsEveryField()
    {
        var result = Map(Row(KabulAirportBombing()));

        var e = Assert.IsType<ConflictEvent>(result.Event);
        Assert.Null(result.Warnings);
        Assert.Equal("gtd:202108260001", e.Id);
        Assert.Equal(EventSource.Gtd, e.Source);
        Assert.Equal(EventDate.OnDay(new DateOnly(2021, 8, 26)), e.Date);
        Assert.Equal("AFG", e.Country);
        Assert.Equal("Kabul", e.Admin1);
        Assert.Equal("Kabul", e.Location);
        Assert.Equal((34.5658, 69.2123), (e.Latitude!.Value, e.Longitude!.Value));
        Assert.Equal(1, e.GeoPrecision);
        Assert.Equal(EventType.ExplosionOrRemoteViolence, e.EventType);
        Assert.Equal("Bombing/Explosion", e.SubEventType);
        Assert.True(e.Suicide);
        Assert.Equal("Khorasan Chapter of the Islamic State", e.Actor1);
        Assert.Null(e.AssocActor1);
        Assert.Equal("Not Applicable", e.Actor2);
        Assert.Equal(Fatalities.BestOnly(170), e.Fatalities);
        Assert.StartsWith("A suicide bomber", e.Notes, StringComparison.Ordinal);
        Assert.Equal("Reuters, 27 August 2021", e.SourceNames);
    }

    [Theory]
    [InlineData("2021", "8", "26", "2021-08-26", "2021-08-26", DatePrecision.Day)]
    [InlineData("2021.0", "8.0", "26.0", "2021-08-26", "2021-08-26", DatePrecision.Day)]
    [InlineData("2021", "8", "0", "2021-08-01", "2021-08-31", DatePrecision.Month)]
    [InlineData("2020", "2", "0", "2020-02-01", "2020-02-29", DatePrecision.Month)]
    [InlineData("2021", "0", "0", "2021-01-01", "2021-12-31", DatePrecision.Year)]
    [InlineData("2020", "2", "29", "2020-02-29", "2020-02-29", DatePrecision.Day)]
    public void Map_UnknownDayOrMonth_WidensTheDateNeverToTheFirst(string year, string month, string day, string start, string end, DatePrecision precision)
    {
        var e = MapOk(Row(With(KabulAirportBombing(), $"iyear={year};imonth={month};iday={day}")));

        Assert.Equal(new EventDate(Day(start), Day(end), precision), e.Date);

        static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("iday=31;imonth=2", "iday")]
    [InlineData("iday=29;imonth=2;iyear=2021", "iday")]
    [InlineData("iday=32", "iday")]
    [InlineData("imonth=13", "imonth")]
    [InlineData("iyear=", "iyear")]
    [InlineData("nkill=dozens", "nkill")]
    public void Map_BadField_IsRejectedNamingIt(string changes, string field)
    {
        var result = Map(Row(With(KabulAirportBombing(), changes), line: 81));

        Assert.Null(result.Event);
        var rejection = Assert.IsType<RowIssue>(result.Rejection);
        Assert.Equal(("globalterrorismdb.csv", 81L, field), (rejection.File, rejection.Line, rejection.Field));
    }

    // GtdMapper.TryDate ignores TryInt's result for imonth and iday, so text that is not a number
    // reads as 0 ("unknown") and the event silently widens to the whole year or month.
    [Theory]
    [InlineData("imonth=Aug", "imonth")]
    [InlineData("iday=26th", "iday")]
    public void Map_MonthOrDayThatIsNotANumber_IsRejectedNamingIt(string changes, string field)
    {
        var result = Map(Row(With(KabulAirportBombing(), changes)));

        Assert.Null(result.Event);
        Assert.Equal(field, result.Rejection?.Field);
    }

    [Theory]
    [InlineData("3.0", 3)]
    [InlineData("3", 3)]
    [InlineData("", null)]
    public void Map_Nkill_IsTheBestEstimate(string nkill, int? expected)
    {
        var e = MapOk(Row(With(KabulAirportBombing(), $"nkill={nkill}")));

        Assert.Equal(Fatalities.BestOnly(expected), e.Fatalities);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("", false)]
    public void Map_SuicideFlag_SetsSuicide(string suicide, bool expected)
    {
        var e = MapOk(Row(With(KabulAirportBombing(), $"suicide={suicide}")));

        Assert.Equal(expected, e.Suicide);
    }

    [Theory]
    [InlineData("Military", "Military Checkpoint", "Afghan Army checkpoint", "Military: Military Checkpoint: Afghan Army checkpoint")]
    [InlineData("Religious Figures/Institutions", "", "Shia mosque", "Religious Figures/Institutions: Shia mosque")]
    public void Map_TargetTypeAndTarget_EndUpInTheTargetText(string targetType, string subtype, string target, string expected)
    {
        var e = MapOk(Row(With(KabulAirportBombing(), $"targtype1_txt={targetType};targsubtype1_txt={subtype};target1={target}")));

        Assert.Equal(expected, e.TargetText);
    }

    [Theory]
    [InlineData("Afghanistan", "Ningarhar", "Nangarhar")]
    [InlineData("Afghanistan", "Sar-e Pul", "Sar-e Pol")]
    [InlineData("Afghanistan", "Hilmand", "Helmand")]
    public void Map_Provstate_IsCanonicalised(string country, string provstate, string expected)
    {
        var result = Map(Row(With(KabulAirportBombing(), $"country_txt={country};provstate={provstate}")));

        Assert.Equal(expected, result.Event?.Admin1);
        Assert.Null(result.Warnings);
    }

    [Fact]
    public void Map_UnknownProvstate_IsKeptWithAWarning()
    {
        var result = Map(Row(With(KabulAirportBombing(), "provstate=Unknown"), line: 5));

        Assert.Equal("Unknown", result.Event?.Admin1);
        var warning = Assert.Single(result.Warnings ?? []);
        Assert.Equal(("provstate", 5L), (warning.Field, warning.Line));
    }

    [Fact]
    public void Map_RowWithoutEventid_GetsAContentId()
    {
        var e = MapOk(Row(With(KabulAirportBombing(), "eventid=")));

        Assert.Matches("^gtd:h-[0-9a-f]{32}$", e.Id);
        Assert.Null(e.SourceEventId);
    }
}
