using System.Globalization;
using System.Text;
using KhorasanWatch.Reporting.Html;
using KhorasanWatch.Storage;
using KhorasanWatch.UseCases.Overview;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace KhorasanWatch.Web.Rendering;

/// <summary>
/// Events as points on a map, each a link to its page, over the provinces' outlines when the store
/// has them. Equirectangular, with longitudes shortened by cos(middle latitude), fitted to the points
/// and outlines.
/// </summary>
public static class EventMap
{
    private const double Width = 480, Height = 360, Margin = 12;

    /// <summary>
    /// The map: framed on the home country (its outlines, else its attacks) with a margin, so a
    /// distant attack does not shrink it to a dot; attacks beyond the frame are listed under it
    /// (<see cref="Beyond"/>). Without any in the home country, the frame fits every point.
    /// </summary>
    public static string Render(IReadOnlyList<EventPoint> points, IReadOnlyList<BoundaryRecord> boundaries, string home)
    {
        var reader = new WKTReader();
        var outlines = boundaries.Select(b => (b.Admin1, Geometry: reader.Read(b.Wkt))).ToList();
        var extent = Frame(points, outlines.Select(o => o.Geometry.EnvelopeInternal), home);
        points = [.. points.Where(p => extent.Contains(p.Longitude, p.Latitude))];
        var shrink = Math.Cos(extent.Centre.Y * Math.PI / 180);
        var scale = Math.Min((Width - (2 * Margin)) / (extent.Width * shrink), (Height - (2 * Margin)) / extent.Height);
        (double X, double Y) Project(double lon, double lat) =>
            (Margin + ((lon - extent.MinX) * shrink * scale), Height - Margin - ((lat - extent.MinY) * scale));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Attacks on a map\">");
        svg.Append("<title>Attacks on a map; each point links to its event</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"frame\" x=\"0.5\" y=\"0.5\" width=\"{Width - 1}\" height=\"{Height - 1}\"/>");
        var step = Step(Math.Max(extent.Width, extent.Height));
        for (var lon = Math.Ceiling(extent.MinX / step) * step; lon <= extent.MaxX; lon += step)
        {
            var (x, _) = Project(lon, extent.MinY);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"graticule\" x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{Height}\"/><text class=\"degree\" x=\"{x + 2:0.#}\" y=\"{Height - 3}\">{Degrees(lon, "E", "W")}</text>");
        }

        for (var lat = Math.Ceiling(extent.MinY / step) * step; lat <= extent.MaxY; lat += step)
        {
            var (_, y) = Project(extent.MinX, lat);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"graticule\" x1=\"0\" y1=\"{y:0.#}\" x2=\"{Width}\" y2=\"{y:0.#}\"/><text class=\"degree\" x=\"3\" y=\"{y - 3:0.#}\">{Degrees(lat, "N", "S")}</text>");
        }
        foreach (var (name, geometry) in outlines)
        {
            svg.Append("<path class=\"province\" d=\"");
            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                if (geometry.GetGeometryN(i) is Polygon polygon)
                {
                    foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                    {
                        var first = true;
                        foreach (var c in ring.Coordinates)
                        {
                            var (x, y) = Project(c.X, c.Y);
                            svg.Append(CultureInfo.InvariantCulture, $"{(first ? "M" : "L")}{x:0.#},{y:0.#}");
                            first = false;
                        }

                        svg.Append('Z');
                    }
                }
            }

            svg.Append("\"><title>").Append(Markup.Escape(name)).Append("</title></path>");
        }

        foreach (var p in points)
        {
            var (x, y) = Project(p.Longitude, p.Latitude);
            var label = $"{p.Day:yyyy-MM-dd}, {p.Place}: {(p.Deaths is { } d ? d.ToString(CultureInfo.InvariantCulture) + " killed" : "deaths not recorded")}";
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Markup.Escape(PageText.EventLink(p.Id))}\" class=\"point\" data-event=\"{Markup.Escape(p.Id)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{Radius(p.Deaths):0.#}\"><title>{Markup.Escape(label)}</title></circle></a>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The attacks the map leaves out, beyond its frame, newest first.</summary>
    public static IReadOnlyList<EventPoint> Beyond(IReadOnlyList<EventPoint> points, IReadOnlyList<BoundaryRecord> boundaries, string home)
    {
        var reader = new WKTReader();
        var frame = Frame(points, boundaries.Select(b => reader.Read(b.Wkt).EnvelopeInternal), home);
        return [.. points.Where(p => !frame.Contains(p.Longitude, p.Latitude)).OrderByDescending(p => p.Day)];
    }

    private static Envelope Frame(IReadOnlyList<EventPoint> points, IEnumerable<Envelope> outlines, string home)
    {
        var extent = new Envelope();
        foreach (var outline in outlines)
        {
            extent.ExpandToInclude(outline);
        }

        foreach (var p in points.Where(p => p.Country == home))
        {
            extent.ExpandToInclude(p.Longitude, p.Latitude);
        }

        if (extent.IsNull)
        {
            foreach (var p in points)
            {
                extent.ExpandToInclude(p.Longitude, p.Latitude);
            }

            extent.ExpandBy(Math.Max(0.5, Math.Max(extent.Width, extent.Height) * 0.05));
            return extent;
        }

        // The home country and its borderlands: a neighbour's attack near the border stays on the map.
        extent.ExpandBy(Math.Max(2, Math.Max(extent.Width, extent.Height) * 0.15));
        return extent;
    }

    /// <summary>Graticule spacing in degrees: about three to eight lines across the map.</summary>
    private static double Step(double span) => new[] { 1.0, 2, 5, 10, 20 }.FirstOrDefault(s => span / s <= 8, 30);

    private static string Degrees(double value, string positive, string negative) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(value):0.#}°{(value >= 0 ? positive : negative)}");

    /// <summary>Bigger for deadlier attacks (area by deaths, capped); unknown tolls at the smallest size.</summary>
    private static double Radius(int? deaths) => 3 + Math.Min(9, Math.Sqrt(deaths ?? 0) * 0.8);
}
