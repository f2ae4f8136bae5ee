using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// One area of a choropleth map: its name, its outline as WKT (Polygon or MultiPolygon, lon/lat
/// degrees, as <see cref="Storage.BoundaryRecord.Wkt"/> holds it) and its count, never negative.
/// The WKT is parsed here, once, so a bad outline fails where it is given.
/// </summary>
public sealed record MapRegion
{
    public MapRegion(string name, string wkt, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var shape = new WKTReader().Read(wkt);
        if (shape.Dimension != Dimension.Surface && !shape.IsEmpty)
        {
            throw new ArgumentException($"The outline of {name} is a {shape.GeometryType}, not a polygon.", nameof(wkt));
        }

        (Name, Wkt, Value, Shape) = (name, wkt, value, shape);
    }

    public string Name { get; }

    public string Wkt { get; }

    public int Value { get; }

    internal Geometry Shape { get; }
}
