using System.Text;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Geo;
using KhorasanWatch.Reporting.Charts;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.Tests.Reporting.Charts.ChartXml;

namespace KhorasanWatch.Tests.Reporting.Charts;

public sealed class AfghanistanMapTests
{
    [Fact]
    public void TheGeoBoundariesProvinces_RenderAs34PathsInsideTheViewBox_UnderTheSizeBudget()
    {
        var path = RepoPaths.RequireShared("boundaries_afg_geoboundaries/geoBoundaries-AFG-ADM1.geojson");
        var boundaries = BoundaryImporter.Read(path, Gazetteer.Default, null).Boundaries;
        var regions = boundaries.Select((b, i) => new MapRegion(b.Admin1, b.Wkt, (i * 7) % 45)).ToList();
        var spec = new ChoroplethMapSpec("ISKP attacks by province", regions, new CountNoun("attack", "attacks"));

        var svg = ChoroplethMap.Render(spec);

        var root = Parse(svg);
        var (width, height) = Size(root);
        var areas = Group(root, "areas");
        Assert.Equal(34, areas.Count);
        Assert.All(areas.SelectMany(ChoroplethMapTests.Points), p => Assert.True(p.X >= 0 && p.X <= width && p.Y >= 0 && p.Y <= height, $"{p} is outside"));
        Assert.InRange(Encoding.UTF8.GetByteCount(svg), 1, 150_000);
        Assert.Equal(svg, ChoroplethMap.Render(spec));
        TestContext.Current.SendDiagnosticMessage($"Afghanistan map: {Encoding.UTF8.GetByteCount(svg)} bytes");
    }
}
