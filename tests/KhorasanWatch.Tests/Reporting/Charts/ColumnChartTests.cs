using FsCheck;
using FsCheck.Fluent;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Reporting.Charts;
using static KhorasanWatch.Tests.Reporting.Charts.ChartXml;

namespace KhorasanWatch.Tests.Reporting.Charts;

public sealed class ColumnChartTests
{
    private static readonly string[] QuarterStarts = ["01", "04", "07", "10"];

    private static IReadOnlyList<Period> Months(int count) => count == 0 ? [] :
        Periods.Covering(new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 1).AddMonths(count).AddDays(-1), PeriodKind.Month);

    private static ColumnChartSpec Monthly(int[] counts, ChartSeries? second = null, SecondSeriesLayout layout = SecondSeriesLayout.Stacked, ChartMarker[]? markers = null) =>
        new("ISKP attacks per month", "Month", "Attacks", Months(counts.Length), new ChartSeries("ISKP attacks", counts), second, layout, markers);

    [Fact]
    public void AColumnChart_IsValidSvg_WithItsAxisTitlesTickLabelsAndAccessibleTitle()
    {
        var root = Parse(ColumnChart.Render(Monthly([3, 7, 0, 5])));

        Assert.Equal("ISKP attacks per month", root.Attribute("aria-label")?.Value);
        Assert.Equal("ISKP attacks per month", root.Element(Svg + "title")?.Value);
        Assert.Contains("Month", Texts(root));
        Assert.Contains("Attacks", Texts(root));
        Assert.Equal(["0", "2", "4", "6", "8"], TextsIn(root, "y-axis").Select(t => t.Value).SkipLast(1));
        Assert.Equal(["2015-01", "2015-02", "2015-03", "2015-04"], TextsIn(root, "x-labels").Select(t => t.Value));
        Assert.Equal(3, Group(root, "columns").Count); // the zero month draws no column
        Assert.Empty(All(root, "polyline"));
        Assert.DoesNotContain(root.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "legend");
    }

    [Fact]
    public void AllZeroCounts_DrawAnAxisFrom0To1_AndNoColumns()
    {
        var root = Parse(ColumnChart.Render(Monthly([0, 0, 0])));

        Assert.Empty(Group(root, "columns"));
        Assert.Equal(["0", "1"], TextsIn(root, "y-axis").Select(t => t.Value).SkipLast(1));
    }

    [Fact]
    public void NoPeriodsAtAll_StillDrawAnEmptyChart()
    {
        var spec = new ColumnChartSpec("Nothing yet", "Month", "Attacks", [], new ChartSeries("ISKP attacks", []));

        var root = Parse(ColumnChart.Render(spec));

        Assert.Empty(Group(root, "columns"));
        Assert.Empty(Group(root, "x-labels"));
    }

    [Fact]
    public void ASinglePeriod_DrawsOneColumnOfModestWidth_Labelled()
    {
        var root = Parse(ColumnChart.Render(Monthly([4])));

        var column = Assert.Single(Group(root, "columns"));
        Assert.InRange(Num(column, "width"), 10, 48);
        Assert.Contains("2015-01", Group(root, "x-labels").Select(e => e.Value));
    }

    [Fact]
    public void OneHundredTwentyMonths_AreLabelledByYear_AndNoLabelsOverlap()
    {
        var counts = Enumerable.Range(0, 120).Select(i => 1 + (i % 17)).ToArray();

        var root = Parse(ColumnChart.Render(Monthly(counts)));

        var labels = TextsIn(root, "x-labels");
        Assert.Equal(Enumerable.Range(2015, 10).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), labels.Select(l => l.Value));
        AssertApart(labels);
        Assert.Equal(120, Group(root, "columns").Count);
    }

    [Fact]
    public void TwentyFourMonthsOnANarrowChart_LabelWholeQuartersOrHalves_WithoutOverlap()
    {
        var spec = new ColumnChartSpec("Attacks", "Month", "Attacks", Months(24), new ChartSeries("ISKP attacks", new int[24]), width: 480);

        var labels = TextsIn(Parse(ColumnChart.Render(spec)), "x-labels");

        Assert.InRange(labels.Count, 4, 12);
        Assert.All(labels, l => Assert.Contains(l.Value[5..], QuarterStarts));
        AssertApart(labels);
    }

    [Fact]
    public void AStackedSecondSeries_TopsEachColumnAtTheTotal_AndGetsALegend()
    {
        var root = Parse(ColumnChart.Render(Monthly([3, 0], new ChartSeries("Other actors", [4, 2]))));

        var columns = Group(root, "columns");
        Assert.Equal(3, columns.Count);
        Assert.Equal(Num(columns[0], "y"), Num(columns[1], "y") + Num(columns[1], "height"), 1); // other actors sit on ISKP's 3
        Assert.Equal(3.5 * Num(columns[2], "height"), Num(columns[0], "height") + Num(columns[1], "height"), 0); // 7 against 2
        Assert.Equal(["0", "2", "4", "6", "8"], TextsIn(root, "y-axis").Select(t => t.Value).SkipLast(1));
        Assert.Equal(["ISKP attacks", "Other actors"], TextsIn(root, "legend").Select(t => t.Value));
    }

    [Fact]
    public void ASecondSeriesAsALine_DrawsOnePointPerPeriod()
    {
        var root = Parse(ColumnChart.Render(Monthly([3, 1, 2], new ChartSeries("Other actors", [9, 4, 6]), SecondSeriesLayout.Line)));

        var line = Assert.Single(All(root, "polyline"));
        Assert.Equal(3, line.Attribute("points")!.Value.Split(' ').Length);
        Assert.Equal(3, Group(root, "columns").Count);
        Assert.Contains("Other actors", Texts(root));
    }

    [Fact]
    public void AMarker_DrawsADashedLineWithItsLabel_AndOneOutsideThePeriodsIsDropped()
    {
        ChartMarker[] markers = [new(new DateOnly(2015, 2, 15), "Warning: rise"), new(new DateOnly(2030, 1, 1), "Later")];

        var root = Parse(ColumnChart.Render(Monthly([1, 2, 3], markers: markers)));

        var group = Group(root, "markers");
        var line = Assert.Single(group, e => e.Name == Svg + "line");
        Assert.NotNull(line.Attribute("stroke-dasharray"));
        Assert.Equal("Warning: rise", Assert.Single(group, e => e.Name == Svg + "text").Value);
    }

    [Fact]
    public void LabelsWithMarkup_AreEscaped_AndReadBackUnchanged()
    {
        var spec = new ColumnChartSpec("A & B <per> \"month\"", "Month's end", "Attacks & <raids>", Months(2), new ChartSeries("ISKP & 'others'", [1, 2]), new ChartSeries("<none>", [0, 1]));

        var root = Parse(ColumnChart.Render(spec));

        Assert.Equal("A & B <per> \"month\"", root.Attribute("aria-label")?.Value);
        Assert.Contains("Attacks & <raids>", Texts(root));
        Assert.Contains("Month's end", Texts(root));
        Assert.Contains("ISKP & 'others'", Texts(root));
        Assert.Contains("<none>", Texts(root));
    }

    [Fact]
    public void TheSameSpec_RendersTheSameBytes()
    {
        var counts = Enumerable.Range(0, 60).Select(i => (i * 7) % 23).ToArray();

        Assert.Equal(ColumnChart.Render(Monthly(counts)), ColumnChart.Render(Monthly(counts)));
    }

    [Fact]
    public void CountsThatDoNotMatchThePeriods_AreRejected() =>
        Assert.Throws<ArgumentException>(() => new ColumnChartSpec("t", "x", "y", Months(3), new ChartSeries("s", [1, 2])));

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property AnyCounts_RenderValidSvgWithoutNaN(NonNegativeInt[] counts, PositiveInt width)
    {
        var values = counts.Take(150).Select(c => c.Get).ToArray();
        var spec = new ColumnChartSpec("t", "x", "y", Months(values.Length), new ChartSeries("s", values), width: 240 + (width.Get % 900));

        var svg = ColumnChart.Render(spec);

        return (Parse(svg) is not null && !svg.Contains("NaN", StringComparison.Ordinal)).ToProperty();
    }

    private static void AssertApart(List<System.Xml.Linq.XElement> labels)
    {
        for (var i = 1; i < labels.Count; i++)
        {
            var widths = (labels[i].Value.Length + labels[i - 1].Value.Length) / 2.0 * ChartStyle.TickFontSize * 0.6;
            Assert.True(Num(labels[i], "x") - Num(labels[i - 1], "x") >= widths, $"'{labels[i - 1].Value}' and '{labels[i].Value}' overlap");
        }
    }
}
