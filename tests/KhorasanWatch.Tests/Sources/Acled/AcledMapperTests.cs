using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources;
using KhorasanWatch.Sources.Acled;

namespace KhorasanWatch.Tests.Sources.Acled;

public sealed class AcledMapperTests
{
    /// <summary>The columns of a current ACLED export, in the codebook's order.</summary>
    private static string[] CodebookHeader() =>
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>A valid row (the Kabul airport bombing), by column name; tests change what they need.</summary>
    private static Dictionary<string, string> KabulAirportBombing() => new()
    {
        ["event_id_cnty"] = "AFG52131",
        ["event_date"] = "2021-08-26",
        ["year"] = "2021",
        ["time_precision"] = "1",
        ["disorder_type"] = "Political violence",
        ["event_type"] = "Explosions/Remote violence",
        ["sub_event_type"] = "Suicide bomb",
        ["actor1"] = "Islamic State Khorasan Province",
        ["assoc_actor_1"] = "",
        ["inter1"] = "Rebel group",
        ["actor2"] = "Civilians (Afghanistan)",
        ["assoc_actor_2"] = "Military Forces of the United States (2021-)",
        ["inter2"] = "Civilians",
        ["interaction"] = "Rebel group-Civilians",
        ["civilian_targeting"] = "Civilian targeting",
        ["iso"] = "4",
        ["region"] = "Caucasus and Central Asia",
        ["country"] = "Afghanistan",
        ["admin1"] = "Kabul",
        ["admin2"] = "Kabul",
        ["admin3"] = "",
        ["location"] = "Kabul",
        ["latitude"] = "34.5658",
        ["longitude"] = "69.2123",
        ["geo_precision"] = "1",
        ["source"] = "Pajhwok Afghan News",
        ["source_scale"] = "National",
        ["notes"] = "A suicide bomber struck the Abbey Gate of Kabul airport.",
        ["fatalities"] = "170",
        ["tags"] = "",
        ["timestamp"] = "1630000000",
    };

    /// <summary>Applies "column=value;column=value" to <paramref name="values"/>.</summary>
    private static Dictionary<string, string> With(Dictionary<string, string> values, string changes)
    {
        foreach (var change in changes.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = change.IndexOf('=', StringComparison.Ordinal);
            values[change[..eq]] = change[(eq + 1)..];
        }

        return values;
    }

    private static SourceRow Row(IReadOnlyList<string> header, IReadOnlyDictionary<string, string> values, long line = 2)
    {
        var cells = header.Select(h => values.GetValueOrDefault(h, "")).ToArray();
        return new SourceRow("acled.csv", line, new ColumnMap(header), cells, string.Join(',', cells));
    }

    private static MapResult Map(SourceRow row) => new AcledMapper(row.Columns, Gazetteer.Default).Map(row);

    private static ConflictEvent MapOk(SourceRow row)
    {
        var result = Map(row);
        Assert.Null(result.Rejection);
        return Assert.IsType<ConflictEvent>(result.Event);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(42)]
    public void Map_CodebookColumnsInAnyOrder_GiveTheSameEvent(int seed)
    {
        var header = CodebookHeader();
        var shuffled = CodebookHeader();
        new Random(seed).Shuffle(shuffled);

        var expected = MapOk(Row(header, KabulAirportBombing()));
        var actual = MapOk(Row(shuffled, KabulAirportBombing()));

        Assert.NotEqual(header, shuffled);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Map_CodebookRow_FillsEveryField()
    {
        var e = MapOk(Row(CodebookHeader(), KabulAirportBombing()));

        Assert.Equal("acled:AFG52131", e.Id);
        Assert.Equal(EventSource.Acled, e.Source);
        Assert.Equal("AFG52131", e.SourceEventId);
        Assert.Equal(EventDate.OnDay(new DateOnly(2021, 8, 26)), e.Date);
        Assert.Equal("AFG", e.Country);
        Assert.Equal("Kabul", e.Admin1);
        Assert.Equal("Kabul", e.Location);
        Assert.Equal(34.5658, e.Latitude);
        Assert.Equal(69.2123, e.Longitude);
        Assert.Equal(1, e.GeoPrecision);
        Assert.Equal(EventType.ExplosionOrRemoteViolence, e.EventType);
        Assert.Equal("Suicide bomb", e.SubEventType);
        Assert.Equal("Islamic State Khorasan Province", e.Actor1);
        Assert.Null(e.AssocActor1);
        Assert.Equal("Civilians (Afghanistan)", e.Actor2);
        Assert.Equal("Military Forces of the United States (2021-)", e.AssocActor2);
        Assert.Equal(Fatalities.BestOnly(170), e.Fatalities);
        Assert.Equal("Pajhwok Afghan News", e.SourceNames);
        Assert.StartsWith("A suicide bomber", e.Notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("crowd size=no report", null)]
    [InlineData("dataset=Khorasan Watch curated compilation", "Khorasan Watch curated compilation")]
    [InlineData("crowd size=no report; dataset= Partner compilation ", "Partner compilation")]
    [InlineData("dataset=", null)]
    public void ADatasetTag_NamesTheCompilationTheRowComesFrom(string tags, string? dataset)
    {
        var values = KabulAirportBombing();
        values["tags"] = tags; // set directly: With() splits on the semicolons a tag list holds

        var e = MapOk(Row(CodebookHeader(), values));

        Assert.Equal(dataset, e.Dataset);
        Assert.Equal(dataset ?? "ACLED", e.Provenance);
    }

    [Fact]
    public void Map_ExtraColumns_AreIgnored()
    {
        string[] header = ["row_number", .. CodebookHeader()[..10], "analyst_comment", .. CodebookHeader()[10..], "event_date_local"];
        var values = With(KabulAirportBombing(), "row_number=17;analyst_comment=check;event_date_local=not a date");

        var withExtras = MapOk(Row(header, values));
        var plain = MapOk(Row(CodebookHeader(), KabulAirportBombing()));

        Assert.Equal(plain, withExtras);
    }

    [Theory]
    [InlineData("event_id_cnty")]
    [InlineData("data_id")]
    [InlineData("event_id_no_cnty")]
    public void Map_IdUnderAnyOfItsNames_GivesTheSourceId(string idColumn)
    {
        var header = CodebookHeader();
        header[0] = idColumn;
        var values = KabulAirportBombing();
        values[idColumn] = "8312277";

        var e = MapOk(Row(header, values));

        Assert.Equal("acled:8312277", e.Id);
        Assert.Equal("8312277", e.SourceEventId);
    }

    [Theory]
    [InlineData("2021-08-26")]
    [InlineData("26 August 2021")]
    public void Map_EitherDateSpelling_GivesTheSameDay(string date)
    {
        var e = MapOk(Row(CodebookHeader(), With(KabulAirportBombing(), $"event_date={date}")));

        Assert.Equal(EventDate.OnDay(new DateOnly(2021, 8, 26)), e.Date);
    }

    [Theory]
    [InlineData("1", "2021-08-26", "2021-08-26", DatePrecision.Day)]
    [InlineData("2", "2021-08-23", "2021-08-29", DatePrecision.Range)]
    [InlineData("3", "2021-08-01", "2021-08-31", DatePrecision.Month)]
    public void Map_TimePrecision_WidensTheDate(string precision, string start, string end, DatePrecision expected)
    {
        var e = MapOk(Row(CodebookHeader(), With(KabulAirportBombing(), $"time_precision={precision}")));

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), e.Date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), e.Date.End);
        Assert.Equal(expected, e.Date.Precision);
    }

    [Theory]
    [InlineData("Afghanistan", "4", "AFG")]
    [InlineData("Afghanistan", "", "AFG")]
    [InlineData("", "4", "AFG")]
    [InlineData("", "586", "PAK")]
    public void Map_CountryByNameOrNumericIso_GivesTheAlpha3Code(string country, string iso, string expected)
    {
        var values = With(KabulAirportBombing(), $"country={country};iso={iso};admin1=");

        var e = MapOk(Row(CodebookHeader(), values));

        Assert.Equal(expected, e.Country);
    }

    [Theory]
    [InlineData("Ningarhar", "Nangarhar")]
    [InlineData("Hilmand", "Helmand")]
    [InlineData("Sari Pul", "Sar-e Pol")]
    [InlineData("Ghanzi", "Ghazni")]
    public void Map_ProvinceSpelling_IsCanonicalisedWithoutWarning(string admin1, string expected)
    {
        var result = Map(Row(CodebookHeader(), With(KabulAirportBombing(), $"admin1={admin1}")));

        Assert.Equal(expected, result.Event?.Admin1);
        Assert.Null(result.Warnings);
    }

    [Fact]
    public void Map_UnknownProvince_IsKeptAsGivenWithOneWarning()
    {
        var result = Map(Row(CodebookHeader(), With(KabulAirportBombing(), "admin1=Atlantis"), line: 7));

        Assert.Equal("Atlantis", result.Event?.Admin1);
        var warning = Assert.Single(result.Warnings ?? []);
        Assert.Equal(new RowIssue("acled.csv", 7, "admin1", warning.Reason), warning);
        Assert.Contains("'Atlantis'", warning.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event_date=yesterday", "event_date")]
    [InlineData("event_date=", "event_date")]
    [InlineData("country=Narnia;iso=", "country")]
    [InlineData("country=;iso=", "country")]
    [InlineData("latitude=123", "latitude")]
    [InlineData("longitude=200", "longitude")]
    [InlineData("fatalities=-1", "fatalities")]
    [InlineData("fatalities=many", "fatalities")]
    public void Map_BadRow_IsRejectedNamingTheField(string changes, string field)
    {
        var result = Map(Row(CodebookHeader(), With(KabulAirportBombing(), changes), line: 12));

        Assert.Null(result.Event);
        var rejection = Assert.IsType<RowIssue>(result.Rejection);
        Assert.Equal(("acled.csv", 12L, field), (rejection.File, rejection.Line, rejection.Field));
    }

    [Theory]
    [InlineData("170", 170)]
    [InlineData("", null)]
    public void Map_Fatalities_AreTheBestEstimateOnly(string fatalities, int? expected)
    {
        var e = MapOk(Row(CodebookHeader(), With(KabulAirportBombing(), $"fatalities={fatalities}")));

        Assert.Equal(new Fatalities(expected, null, null), e.Fatalities);
    }

    [Fact]
    public void Map_RowWithoutId_GetsTheSameContentIdForTheSameText()
    {
        var first = MapOk(Row(CodebookHeader(), With(KabulAirportBombing(), "event_id_cnty=")));
        var second = MapOk(Row(CodebookHeader(), With(KabulAirportBombing(), "event_id_cnty="), line: 99));

        Assert.StartsWith("acled:h-", first.Id, StringComparison.Ordinal);
        Assert.Matches("^acled:h-[0-9a-f]{32}$", first.Id);
        Assert.Null(first.SourceEventId);
        Assert.Equal(first.Id, second.Id);
    }

    [Theory]
    [InlineData("notes=A different note.")]
    [InlineData("fatalities=171")]
    public void Map_RowWithoutId_GetsADifferentContentIdForDifferentText(string change)
    {
        var original = MapOk(Row(CodebookHeader(), With(KabulAirportBombing(), "event_id_cnty=")));
        var changed = MapOk(Row(CodebookHeader(), With(KabulAirportBombing(), $"event_id_cnty=;{change}")));

        Assert.StartsWith("acled:h-", changed.Id, StringComparison.Ordinal);
        Assert.NotEqual(original.Id, changed.Id);
    }

    [Theory]
    [InlineData("Suicide bomb", true)]
    [InlineData("Remote explosive/landmine/IED", false)]
    [InlineData("", false)]
    public void Map_SuicideBombSubEventType_SetsSuicide(string subEventType, bool suicide)
    {
        var e = MapOk(Row(CodebookHeader(), With(KabulAirportBombing(), $"sub_event_type={subEventType}")));

        Assert.Equal(suicide, e.Suicide);
    }

    [Fact]
    public void Open_HdxCopyWithHxlRow_SkipsTheHashtagsAndMapsTheData()
    {
        var header = CodebookHeader();
        var hxl = string.Join(',', header.Select(c => c switch
        {
            "event_id_cnty" => "#event+code",
            "event_date" => "#date+occurred",
            "country" => "#country+name",
            "iso" => "#country+code",
            "fatalities" => "#affected+killed",
            _ => "",
        }));
        var values = KabulAirportBombing();
        var data = string.Join(',', header.Select(c => values[c]));
        using var file = TempFile.WithText($"{string.Join(',', header)}\n{hxl}\n{data}\n");

        using var opened = SourceFormats.Open(file.Path, null, Gazetteer.Default);
        var row = Assert.Single(opened.File.Rows());

        Assert.Equal(EventSource.Acled, opened.Source);
        Assert.Equal(3, row.Line);
        Assert.Equal("acled:AFG52131", opened.Mapper.Map(row).Event?.Id);
    }
}
