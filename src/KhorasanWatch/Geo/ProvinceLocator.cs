using KhorasanWatch.Storage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.IO;

namespace KhorasanWatch.Geo;

/// <summary>Finds the province containing a point, by point-in-polygon over imported boundaries.</summary>
public sealed class ProvinceLocator
{
    private readonly STRtree<(string Country, string Admin1, IPreparedGeometry Shape)> _index = new();

    public ProvinceLocator(IEnumerable<BoundaryRecord> boundaries)
    {
        var reader = new WKTReader();
        foreach (var b in boundaries)
        {
            var geometry = reader.Read(b.Wkt);
            _index.Insert(geometry.EnvelopeInternal, (b.Country, b.Admin1, PreparedGeometryFactory.Prepare(geometry)));
            Count++;
        }

        _index.Build();
    }

    public int Count { get; }

    /// <summary>The province of <paramref name="country"/> containing the point, or null.</summary>
    public string? Locate(string country, double latitude, double longitude)
    {
        if (Count == 0)
        {
            return null;
        }

        var point = new Point(longitude, latitude);
        foreach (var candidate in _index.Query(point.EnvelopeInternal))
        {
            if (candidate.Country == country && candidate.Shape.Covers(point))
            {
                return candidate.Admin1;
            }
        }

        return null;
    }
}
