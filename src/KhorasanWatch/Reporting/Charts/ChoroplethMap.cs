using System.Globalization;
using System.Text;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;

namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Renders areas shaded by counts as an SVG choropleth map: an equirectangular projection fitted
/// to the box, one path per area with a hover title ("Kabul: 12 attacks"), zero in grey, up to five
/// light-to-dark classes, and a legend of class bounds on the right. Outlines are simplified as a
/// coverage to about half a pixel, so shared borders stay shared and the SVG stays small.
/// Pure: the same spec gives the same bytes.
/// </summary>
public static class ChoroplethMap
{
    private const double Pad = 10;
    private const double Swatch = 14;
    private const double LegendRow = 20;

    /// <summary>How far, in px, simplified outlines may stray from the originals.</summary>
    private const double Tolerance = 0.5;

    public static string Render(ChoroplethMapSpec spec)
    {
        var classes = new MapClasses(spec.Regions.Select(r => r.Value));
        var legendTitle = char.ToUpperInvariant(spec.Noun.Many[0]) + spec.Noun.Many[1..];
        var legendLabels = classes.Classes.Select(c => c.Label).Append("0").Append(legendTitle);
        var legendWidth = Swatch + 6 + legendLabels.Max(l => ChartStyle.TextWidth(l, ChartStyle.LegendFontSize));
        var legendLeft = spec.Width - Pad - legendWidth;

        var svg = new SvgBuilder(spec.Width, spec.Height, spec.Title);
        var drawn = spec.Regions.Where(r => !r.Shape.IsEmpty).ToList();
        svg.OpenGroup("areas");
        if (drawn.Count > 0)
        {
            var extent = new Envelope();
            drawn.ForEach(r => extent.ExpandToInclude(r.Shape.EnvelopeInternal));
            var projection = new MapProjection(extent, Pad, Pad, legendLeft - (2 * Pad), spec.Height - (2 * Pad));
            var outlines = CoverageSimplifier.Simplify(drawn.Select(r => projection.Project(r.Shape)).ToArray(), Tolerance);
            for (var i = 0; i < drawn.Count; i++)
            {
                var region = drawn[i];
                svg.Path(PathData(outlines[i]), classes.ColourOf(region.Value), ChartStyle.MapStroke, 0.6, $"{region.Name}: {spec.Noun.Format(region.Value)}");
            }
        }

        svg.CloseGroup();

        svg.OpenGroup("legend");
        var y = Pad + ChartStyle.LegendFontSize;
        svg.Text(legendLeft, y, legendTitle, ChartStyle.LegendFontSize);
        foreach (var (label, colour) in classes.Classes.Select(c => (c.Label, c.Colour)).Prepend(("0", ChartStyle.Zero)))
        {
            y += LegendRow;
            svg.Rect(legendLeft, y - Swatch + 2, Swatch, Swatch, colour, ChartStyle.MutedText);
            svg.Text(legendLeft + Swatch + 6, y, label, ChartStyle.LegendFontSize);
        }

        svg.CloseGroup();
        return svg.ToString();
    }

    /// <summary>"M x y L x y x y … Z" for every ring, dropping points that round onto the one before.</summary>
    private static string PathData(Geometry outline)
    {
        var data = new StringBuilder();
        for (var p = 0; p < outline.NumGeometries; p++)
        {
            if (outline.GetGeometryN(p) is Polygon polygon)
            {
                foreach (var ring in polygon.InteriorRings.Prepend(polygon.ExteriorRing))
                {
                    AppendRing(data, ring.Coordinates);
                }
            }
        }

        return data.ToString();
    }

    private static void AppendRing(StringBuilder data, Coordinate[] ring)
    {
        var points = new List<string>(ring.Length);
        foreach (var c in ring.AsSpan(0, Math.Max(ring.Length - 1, 0)))
        {
            var point = string.Create(CultureInfo.InvariantCulture, $"{SvgBuilder.Num(c.X)} {SvgBuilder.Num(c.Y)}");
            if (points.Count == 0 || points[^1] != point)
            {
                points.Add(point);
            }
        }

        if (points.Count >= 3)
        {
            data.Append('M').Append(points[0]).Append('L').AppendJoin(' ', points.Skip(1)).Append('Z');
        }
    }
}
