using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources;
using KhorasanWatch.Sources.Acled;

namespace KhorasanWatch.Tests.Sources;

public sealed class SourceFormatsTests
{
    [Theory]
    [InlineData("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,iso,country,admin1,latitude,longitude,fatalities", EventSource.Acled)]
    [InlineData("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,actor1,ally_actor_1,country,admin1,fatalities", EventSource.Acled)]
    [InlineData("id,relid,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,date_start,date_end,best,high,low", EventSource.Ucdp)]
    [InlineData(",year,type_of_violence,side_a,side_b,country,date_start,best", EventSource.Ucdp)]
    [InlineData("eventid,iyear,imonth,iday,country_txt,provstate,gname,nkill", EventSource.Gtd)]
    [InlineData("name,age,city", null)]
    public void Detect_Header_GivesItsSource(string header, EventSource? expected)
    {
        Assert.Equal(expected, SourceFormats.Detect(new ColumnMap(header.Split(','))));
    }

    [Fact]
    public void Open_UnknownHeaderWithoutSource_ThrowsNamingTheFileAndSayingItIsNotAKnownFormat()
    {
        using var file = TempFile.WithText("event_date,country,name\n2021-08-26,Afghanistan,Ahmad\n");

        var e = Assert.Throws<SourceFormatException>(() => SourceFormats.Open(file.Path, null, Gazetteer.Default));

        Assert.Equal(file.Path, e.File);
        Assert.StartsWith($"{file.Path}:1: not a known format", e.Message, StringComparison.Ordinal);
        Assert.Equal(KhorasanWatch.Analysis.Formats.NextStepKind.ReadAsSource, e.Suggested?.Kind); // which source would read it: each host words it (the CLI as --source)
    }

    [Fact]
    public void Open_UnknownHeaderWithSource_UsesTheGivenSource()
    {
        using var file = TempFile.WithText("event_date,country,name\n2021-08-26,Afghanistan,Ahmad\n");

        using var opened = SourceFormats.Open(file.Path, EventSource.Acled, Gazetteer.Default);

        Assert.Equal(EventSource.Acled, opened.Source);
        Assert.IsType<AcledMapper>(opened.Mapper);
    }

    [Theory]
    [InlineData("event_id_cnty,event_date,actor1,country,fatalities\nAFG1,2021-08-26,IS,Afghanistan,3\n", EventSource.Acled)]
    [InlineData(",id,type_of_violence,side_a,country,date_start,best\n0,9,3,IS,Afghanistan,2021-08-26,3\n", EventSource.Ucdp)]
    [InlineData("eventid,iyear,imonth,iday,country_txt,nkill\n202108260001,2021,8,26,Afghanistan,3.0\n", EventSource.Gtd)]
    public void Open_CsvWithKnownHeader_DetectsTheSourceAndMapsItsRows(string text, EventSource expected)
    {
        using var file = TempFile.WithText(text);

        using var opened = SourceFormats.Open(file.Path, null, Gazetteer.Default);
        var e = opened.Mapper.Map(Assert.Single(opened.File.Rows())).Event;

        Assert.Equal(expected, opened.Source);
        Assert.IsType<CsvSourceFile>(opened.File);
        Assert.Equal(("AFG", 3), (e?.Country, e?.Fatalities.Best));
    }

    [Theory]
    [InlineData(EventSource.Ucdp, "side_a or type_of_violence")]
    [InlineData(EventSource.Gtd, "iyear")]
    public void Open_AnAcledFileForcedAsAnotherSource_IsRefusedForTheColumnItLacks(EventSource forced, string missing)
    {
        using var file = TempFile.WithText("event_id_cnty,event_date,year,actor1,country,fatalities\nAFG1,2021-08-26,2021,IS,Afghanistan,3\n");

        var e = Assert.Throws<SourceFormatException>(() => SourceFormats.Open(file.Path, forced, Gazetteer.Default));

        Assert.Equal($"{file.Path}:1: the header has no {missing} column, which {forced.Code()} files need", e.Message);
    }

    [Fact]
    public void Open_MissingFile_ThrowsNamingTheFile()
    {
        using var file = TempFile.Missing();

        var e = Assert.Throws<SourceFormatException>(() => SourceFormats.Open(file.Path, null, Gazetteer.Default));

        Assert.Equal($"{file.Path}: no such file", e.Message);
    }
}
