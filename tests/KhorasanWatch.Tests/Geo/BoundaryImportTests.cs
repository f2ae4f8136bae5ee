using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Geo;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Tests.Geo;

public sealed class BoundaryImportTests
{
    [Fact]
    public void GeoBoundariesAfghanistan_Imports34ProvincesAndPlacesKnownPoints()
    {
        var path = RepoPaths.RequireShared("boundaries_afg_geoboundaries/geoBoundaries-AFG-ADM1.geojson");

        var result = BoundaryImporter.Read(path, Gazetteer.Default, null);
        var locator = new ProvinceLocator(result.Boundaries);

        Assert.Empty(result.Problems);
        Assert.Equal(34, result.Boundaries.Select(b => b.Admin1).Distinct().Count());
        Assert.Equal("Kabul", locator.Locate("AFG", 34.5553, 69.2075));
        Assert.Equal("Nangarhar", locator.Locate("AFG", 34.4342, 70.4479)); // Jalalabad
        Assert.Equal("Ghazni", locator.Locate("AFG", 33.5536, 68.4269)); // geoBoundaries spells it "Ghanzi"
        Assert.Null(locator.Locate("AFG", 48.8566, 2.3522)); // Paris
    }

    [Fact]
    public void AnEventWithoutAProvince_GetsOneFromItsCoordinates_MarkedDerived()
    {
        using var temp = new TempFolder();
        var boundaries = temp.Write("kabul.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"shapeName":"Kabul","shapeGroup":"AFG"},
             "geometry":{"type":"Polygon","coordinates":[[[68.9,34.2],[69.6,34.2],[69.6,34.9],[68.9,34.9],[68.9,34.2]]]}}]}
            """);
        using var store = SqliteEventStore.Open(temp.File("s.db"));
        store.SaveBoundaries(BoundaryImporter.Read(boundaries, Gazetteer.Default, null).Boundaries);
        var ingestor = new Ingestor(store, WatchProfile.Iskp, Gazetteer.Default, new ProvinceLocator(store.LoadBoundaries()));

        ingestor.Ingest(temp.Write("a.csv", Text(new Row("AFG1", Admin1: ""), new Row("AFG2", Admin1: "Kabul"))));

        var events = store.Events(new EventQuery()).ToDictionary(e => e.Event.Id, e => e.Event);
        Assert.Equal(("Kabul", true), (events["acled:AFG1"].Admin1, events["acled:AFG1"].Admin1Derived));
        Assert.Equal(("Kabul", false), (events["acled:AFG2"].Admin1, events["acled:AFG2"].Admin1Derived));
    }

    [Fact]
    public void AFeatureWithAnUnknownProvince_IsReportedNotImported()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"shapeName":"Atlantis"},
             "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}
            """);

        var result = BoundaryImporter.Read(path, Gazetteer.Default, "AFG");

        Assert.Empty(result.Boundaries);
        Assert.Contains("Atlantis", Assert.Single(result.Problems).Stated, StringComparison.Ordinal);
    }
}
