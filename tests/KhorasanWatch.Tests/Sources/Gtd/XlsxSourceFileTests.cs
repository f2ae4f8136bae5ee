using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Sources;
using KhorasanWatch.Sources.Gtd;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Tests.Sources.Gtd;

public sealed class XlsxSourceFileTests
{
    /// <summary>A one-sheet workbook of <paramref name="rows"/> (<see cref="XlsxWorkbook"/>) in a temporary file.</summary>
    private static TempFile Workbook(IEnumerable<(int Number, object?[] Cells)> rows, string extension = ".xlsx") =>
        TempFile.Writing(stream => XlsxWorkbook.Write(stream, rows), extension);

    private static readonly object?[] GtdHeader =
        ["eventid", "iyear", "imonth", "iday", "country_txt", "provstate", "city", "latitude", "longitude", "suicide",
            "attacktype1_txt", "targtype1_txt", "target1", "gname", "nkill"];

    [Fact]
    public void Open_GtdWorkbook_IsDetectedAsGtd()
    {
        using var file = Workbook([(1, GtdHeader)]);

        using var opened = SourceFormats.Open(file.Path, null, Gazetteer.Default);

        Assert.Equal(EventSource.Gtd, opened.Source);
        Assert.IsType<XlsxSourceFile>(opened.File);
        Assert.IsType<GtdMapper>(opened.Mapper);
        Assert.Equal(GtdHeader.Length, opened.File.Columns.Count);
    }

    [Fact]
    public void Rows_GtdWorkbook_MapToEventsNumberedBySheetRow()
    {
        using var file = Workbook(
        [
            (1, GtdHeader),
            (2, [202108260001, 2021, 8, 26, "Afghanistan", "Kabul", "Kabul", 34.5658, 69.2123, 1,
                "Bombing/Explosion", "Private Citizens & Property", "Airport gate", "Khorasan Chapter of the Islamic State", 170]),
            (4, [201911030007, 2019, 11, 0, "Afghanistan", "Ningarhar", "Jalalabad", null, null, 0,
                "Armed Assault", "Police", "Checkpoint", "Khorasan Chapter of the Islamic State", null]),
        ]);

        using var opened = SourceFormats.Open(file.Path, null, Gazetteer.Default);
        var rows = opened.File.Rows().ToList();
        var events = rows.Select(r => opened.Mapper.Map(r).Event).ToList();

        Assert.Equal([2L, 4L], rows.Select(r => r.Line));
        Assert.Collection(events,
            e =>
            {
                Assert.Equal("gtd:202108260001", e?.Id);
                Assert.Equal(EventDate.OnDay(new DateOnly(2021, 8, 26)), e?.Date);
                Assert.Equal(("AFG", "Kabul"), (e?.Country, e?.Admin1));
                Assert.Equal(Fatalities.BestOnly(170), e?.Fatalities);
                Assert.Equal(34.5658, e?.Latitude);
                Assert.True(e?.Suicide);
                Assert.Equal(EventType.ExplosionOrRemoteViolence, e?.EventType);
                Assert.Equal("Private Citizens & Property: Airport gate", e?.TargetText);
            },
            e =>
            {
                Assert.Equal("gtd:201911030007", e?.Id);
                Assert.Equal(EventDate.InMonth(2019, 11), e?.Date);
                Assert.Equal("Nangarhar", e?.Admin1);
                Assert.Equal(Fatalities.Unknown, e?.Fatalities);
                Assert.Null(e?.Latitude);
                Assert.False(e?.Suicide);
                Assert.Equal(EventType.Battle, e?.EventType);
            });
    }

    [Fact]
    public void Rows_ImpossibleDayInWorkbook_IsRejectedAtItsSheetRow()
    {
        using var file = Workbook(
        [
            (1, GtdHeader),
            (3, [202102310001, 2021, 2, 31, "Afghanistan", "Kabul", "Kabul", null, null, 0, "Armed Assault", "Police", "", "Taliban", 1]),
        ]);

        using var opened = SourceFormats.Open(file.Path, null, Gazetteer.Default);
        var rejection = opened.Mapper.Map(Assert.Single(opened.File.Rows())).Rejection;

        Assert.Equal((file.Path, 3L, "iday"), (rejection?.File, rejection?.Line, rejection?.Field));
    }

    [Fact]
    public void Rows_Raw_IsTheCellsJoinedByTabs()
    {
        using var file = Workbook([(1, ["eventid", "iyear", "gname"]), (2, [201501010001, 2015, "Taliban"])]);

        using var xlsx = XlsxSourceFile.Open(file.Path);

        Assert.Equal("201501010001\t2015\tTaliban", Assert.Single(xlsx.Rows()).Raw);
    }

    [Fact]
    public void Open_WorkbookWithoutXlsxExtension_IsRecognisedByItsZipSignature()
    {
        using var file = Workbook([(1, GtdHeader)], extension: ".dat");

        using var opened = SourceFormats.Open(file.Path, null, Gazetteer.Default);

        Assert.IsType<XlsxSourceFile>(opened.File);
        Assert.Equal(EventSource.Gtd, opened.Source);
    }

    [Fact]
    public void Open_XlsxThatIsNotAWorkbook_ThrowsNamingTheFile()
    {
        using var file = TempFile.WithText("eventid,iyear\n1,2021\n", ".xlsx");

        var e = Assert.Throws<SourceFormatException>(() => XlsxSourceFile.Open(file.Path));

        Assert.StartsWith($"{file.Path}: not a readable .xlsx workbook", e.Message, StringComparison.Ordinal);
    }
}
