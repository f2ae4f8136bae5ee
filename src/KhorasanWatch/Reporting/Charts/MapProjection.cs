using NetTopologySuite.Geometries;

namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Equirectangular projection of lon/lat degrees into a pixel box: longitudes are shortened by
/// cos(middle latitude) so shapes keep their proportions near that latitude (Afghanistan, at
/// 29–39° N, is not squashed), the extent is fitted and centred in the box, and y points down.
/// </summary>
internal sealed class MapProjection : ICoordinateSequenceFilter
{
    private readonly double _west;
    private readonly double _north;
    private readonly double _xScale;
    private readonly double _scale;
    private readonly double _left;
    private readonly double _top;

    public MapProjection(Envelope extent, double left, double top, double width, double height)
    {
        _xScale = Math.Cos((extent.MinY + extent.MaxY) / 2 * Math.PI / 180);
        var projectedWidth = Math.Max(extent.Width * _xScale, 1e-9);
        var projectedHeight = Math.Max(extent.Height, 1e-9);
        _scale = Math.Min(width / projectedWidth, height / projectedHeight);
        (_west, _north) = (extent.MinX, extent.MaxY);
        _left = left + ((width - (projectedWidth * _scale)) / 2);
        _top = top + ((height - (projectedHeight * _scale)) / 2);
    }

    public bool Done => false;

    public bool GeometryChanged => true;

    /// <summary>A projected copy; the input is left as it was.</summary>
    public Geometry Project(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(this);
        return copy;
    }

    public void Filter(CoordinateSequence seq, int i)
    {
        seq.SetX(i, _left + ((seq.GetX(i) - _west) * _xScale * _scale));
        seq.SetY(i, _top + ((_north - seq.GetY(i)) * _scale));
    }
}
