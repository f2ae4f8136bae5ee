using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KhorasanWatch.Reporting.Charts;
using static KhorasanWatch.Tests.Reporting.Charts.ChartXml;

namespace KhorasanWatch.Tests.Reporting.Charts;

public sealed partial class ChoroplethMapTests
{
    private static readonly CountNoun Attacks = new("attack", "attacks");

    private static string Square(double west, double south, double size = 1) =>
        string.Create(CultureInfo.InvariantCulture, $"POLYGON (({west} {south}, {west + size} {south}, {west + size} {south + size}, {west} {south + size}, {west} {south}))");

    private static XElement Area(XElement root, string name) =>
        Group(root, "areas").Single(p => p.Element(Svg + "title")!.Value.StartsWith(name + ":", StringComparison.Ordinal));

    [Fact]
    public void TwoSquareProvinces_FitInsideTheViewBox_WithTheDarkerFillOnTheLargerCount()
    {
        var spec = new ChoroplethMapSpec("Attacks by province", [new("Kabul", Square(69, 34), 12), new("Logar", Square(70, 34), 1)], Attacks);

        var root = Parse(ChoroplethMap.Render(spec));

        var (width, height) = Size(root);
        Assert.Equal(2, Group(root, "areas").Count);
        Assert.All(Group(root, "areas").SelectMany(Points), p => Assert.True(p.X >= 0 && p.X <= width && p.Y >= 0 && p.Y <= height, $"{p} is outside"));
        Assert.Equal(ChartStyle.SequentialRamp[^1], Area(root, "Kabul").Attribute("fill")?.Value);
        Assert.Equal(ChartStyle.SequentialRamp[0], Area(root, "Logar").Attribute("fill")?.Value);
    }

    [Fact]
    public void TitlesCountInTheRightNumber_AndZeroGetsItsOwnGrey()
    {
        var spec = new ChoroplethMapSpec("m", [new("Kabul", Square(69, 34), 12), new("Logar", Square(70, 34), 1), new("Nuristan", Square(71, 34), 0)], Attacks);

        var root = Parse(ChoroplethMap.Render(spec));

        Assert.Equal(["Kabul: 12 attacks", "Logar: 1 attack", "Nuristan: 0 attacks"], Group(root, "areas").Select(p => p.Element(Svg + "title")!.Value));
        Assert.Equal(ChartStyle.Zero, Area(root, "Nuristan").Attribute("fill")?.Value);
        Assert.DoesNotContain(ChartStyle.Zero, ChartStyle.SequentialRamp);
    }

    [Fact]
    public void TheLegend_ShowsZeroAndEachClassesBounds()
    {
        var values = new[] { 0, 1, 2, 3, 5, 8, 13, 40, 130 };
        var regions = values.Select((v, i) => new MapRegion($"P{i}", Square(60 + i, 30), v)).ToList();

        var root = Parse(ChoroplethMap.Render(new ChoroplethMapSpec("m", regions, Attacks)));

        Assert.Equal(["Attacks", "0", "1–2", "3–5", "6–8", "9–40", "41–130"], TextsIn(root, "legend").Select(t => t.Value));
        var fills = Group(root, "areas").Select(p => p.Attribute("fill")!.Value).Distinct().ToList();
        Assert.Equal(6, fills.Count);
    }

    [Fact]
    public void ProjectedShapes_KeepTheirProportions_AtTheirLatitude()
    {
        var root = Parse(ChoroplethMap.Render(new ChoroplethMapSpec("m", [new("North", Square(10, 59.5), 1)], Attacks)));

        var points = Points(Group(root, "areas")[0]).ToList();
        var ratio = (points.Max(p => p.X) - points.Min(p => p.X)) / (points.Max(p => p.Y) - points.Min(p => p.Y));
        Assert.Equal(Math.Cos(60 * Math.PI / 180), ratio, 2);
    }

    [Fact]
    public void NamesWithMarkup_AreEscaped_InTitlesAndLegend()
    {
        var spec = new ChoroplethMapSpec("Attacks <2025> & \"more\"", [new("Herat & <Farah>", Square(62, 34), 2)], new CountNoun("raid's", "raids & <strikes>"));

        var root = Parse(ChoroplethMap.Render(spec));

        Assert.Equal("Herat & <Farah>: 2 raids & <strikes>", Group(root, "areas")[0].Element(Svg + "title")?.Value);
        Assert.Equal("Raids & <strikes>", TextsIn(root, "legend")[0].Value);
    }

    [Fact]
    public void OverlappingOutlinesAndMultiPolygonsWithHoles_StillRenderEveryArea()
    {
        const string islandsWithALake = "MULTIPOLYGON (((60 30, 62 30, 62 32, 60 32, 60 30), (60.5 30.5, 61.5 30.5, 61.5 31.5, 60.5 31.5, 60.5 30.5)), ((63 30, 64 30, 64 31, 63 31, 63 30)))";
        MapRegion[] regions = [new("Islands", islandsWithALake, 3), new("Overlap", Square(61, 31, 1.5), 5)];

        var areas = Group(Parse(ChoroplethMap.Render(new ChoroplethMapSpec("m", regions, Attacks))), "areas");

        Assert.Equal(2, areas.Count);
        Assert.Equal(3, areas[0].Attribute("d")!.Value.Count(c => c == 'M')); // two shells and the lake
    }

    [Fact]
    public void NoRegions_StillDrawAMapFrameWithALegend() =>
        Assert.Empty(Group(Parse(ChoroplethMap.Render(new ChoroplethMapSpec("m", [], Attacks))), "areas"));

    [Fact]
    public void AnOutlineThatIsNotAPolygon_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new MapRegion("Kabul", "POINT (69 34)", 1));

    [Fact]
    public void TheSameRegions_RenderTheSameBytes()
    {
        MapRegion[] regions = [new("Kabul", Square(69, 34), 12), new("Logar", Square(70, 34), 1)];

        Assert.Equal(ChoroplethMap.Render(new("m", regions, Attacks)), ChoroplethMap.Render(new("m", regions, Attacks)));
    }

    internal static IEnumerable<(double X, double Y)> Points(XElement path) =>
        Number().Matches(path.Attribute("d")!.Value)
            .Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture))
            .Chunk(2)
            .Select(xy => (xy[0], xy[1]));

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
