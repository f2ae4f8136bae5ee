namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Renders counts per period as an SVG column chart: a count axis from 0 with 1-2-5 ticks and
/// gridlines, thinned time labels that never overlap, axis titles, a legend when a second series
/// is shown, and dashed markers for days such as warnings. Pure: the same spec gives the same bytes.
/// </summary>
public static class ColumnChart
{
    private const double Pad = 8;
    private const double RightMargin = 16;
    private const double LegendRow = 20;
    private const double MarkerRow = 13;
    private const double MaxColumnWidth = 48;

    public static string Render(ColumnChartSpec spec)
    {
        var n = spec.Periods.Count;
        var totals = Enumerable.Range(0, n).Select(i => Total(spec, i)).ToList();
        var ticks = NiceTicks.For(totals.Count == 0 ? 0 : totals.Max());
        var tickLabelWidth = ticks.Max(t => ChartStyle.TextWidth(SvgBuilder.Count(t), ChartStyle.TickFontSize));

        var left = Pad + ChartStyle.AxisTitleFontSize + Pad + tickLabelWidth + 6;
        var right = spec.Width - RightMargin;
        var slot = (right - left) / Math.Max(n, 1);

        var markers = MarkerLabels.Place(spec.Markers, spec.Periods, left, slot, spec.Width);
        var markerRows = markers.Count == 0 ? 0 : markers.Max(m => m.Row) + 1;
        var top = Pad + (spec.Second is null ? 0 : LegendRow) + (markerRows * MarkerRow) + 6;
        var bottom = spec.Height - (Pad + ChartStyle.AxisTitleFontSize + Pad + ChartStyle.TickFontSize + 8);
        double Y(long value) => bottom - (value / (double)ticks[^1] * (bottom - top));

        var svg = new SvgBuilder(spec.Width, spec.Height, spec.Title);
        DrawCountAxis(svg, spec, ticks, left, right, Y);
        DrawColumns(svg, spec, left, slot, Y);
        DrawTimeAxis(svg, spec, left, right, slot, bottom);
        if (spec.Second is { } second)
        {
            DrawLegend(svg, spec.Primary.Name, second.Name, spec.SecondLayout, left);
        }

        // All lines before any label, so a label's halo covers a later marker's line that crosses it.
        svg.OpenGroup("markers");
        double Baseline(MarkerLabels.Placed marker) => top - 4 - (marker.Row * MarkerRow);
        foreach (var marker in markers)
        {
            svg.Line(marker.X, Baseline(marker) + 3, marker.X, bottom, ChartStyle.Marker, 1.2, "4 3");
        }

        foreach (var marker in markers)
        {
            svg.Text(marker.TextX, Baseline(marker), marker.Text, ChartStyle.MarkerFontSize, marker.Anchor, ChartStyle.Marker, halo: true);
        }

        svg.CloseGroup();
        return svg.ToString();
    }

    private static long Total(ColumnChartSpec spec, int i)
    {
        var primary = spec.Primary.Values[i];
        var second = spec.Second?.Values[i] ?? 0;
        return spec.SecondLayout == SecondSeriesLayout.Stacked ? (long)primary + second : Math.Max(primary, second);
    }

    private static void DrawCountAxis(SvgBuilder svg, ColumnChartSpec spec, IReadOnlyList<long> ticks, double left, double right, Func<long, double> y)
    {
        svg.OpenGroup("y-axis");
        foreach (var tick in ticks)
        {
            if (tick > 0)
            {
                svg.Line(left, y(tick), right, y(tick), ChartStyle.Gridline);
            }

            svg.Text(left - 6, y(tick) + (ChartStyle.TickFontSize * 0.35), SvgBuilder.Count(tick), ChartStyle.TickFontSize, "end", ChartStyle.MutedText);
        }

        var titleX = Pad + ChartStyle.AxisTitleFontSize;
        var titleY = (y(0) + y(ticks[^1])) / 2;
        svg.Text(titleX, titleY, spec.YAxisTitle, ChartStyle.AxisTitleFontSize, "middle", rotate: "-90");
        svg.CloseGroup();
    }

    private static void DrawColumns(SvgBuilder svg, ColumnChartSpec spec, double left, double slot, Func<long, double> y)
    {
        var width = Math.Min(slot * 0.8, MaxColumnWidth);
        var inset = (slot - width) / 2;
        var stacked = spec.Second is { } s && spec.SecondLayout == SecondSeriesLayout.Stacked ? s : null;
        svg.OpenGroup("columns");
        for (var i = 0; i < spec.Periods.Count; i++)
        {
            var x = left + (i * slot) + inset;
            long below = spec.Primary.Values[i];
            if (below > 0)
            {
                svg.Rect(x, y(below), width, y(0) - y(below), ChartStyle.Primary);
            }

            if (stacked is not null && stacked.Values[i] > 0)
            {
                svg.Rect(x, y(below + stacked.Values[i]), width, y(below) - y(below + stacked.Values[i]), ChartStyle.Secondary);
            }
        }

        svg.CloseGroup();
        if (spec.Second is { } line && spec.SecondLayout == SecondSeriesLayout.Line && spec.Periods.Count > 0)
        {
            var points = line.Values.Select((v, i) => (left + ((i + 0.5) * slot), y(v))).ToList();
            svg.OpenGroup("line");
            svg.Polyline(points, ChartStyle.Secondary, 2);
            if (points.Count == 1)
            {
                svg.Circle(points[0].Item1, points[0].Item2, 3, ChartStyle.Secondary);
            }

            svg.CloseGroup();
        }
    }

    private static void DrawTimeAxis(SvgBuilder svg, ColumnChartSpec spec, double left, double right, double slot, double bottom)
    {
        svg.Line(left, bottom, right, bottom, ChartStyle.Axis);
        svg.OpenGroup("x-labels");
        foreach (var label in TimeAxisLabels.Choose(spec.Periods, left, slot, 0, spec.Width))
        {
            svg.Line(label.X, bottom, label.X, bottom + 4, ChartStyle.Axis);
            svg.Text(label.X, bottom + 6 + ChartStyle.TickFontSize, label.Text, ChartStyle.TickFontSize, "middle", ChartStyle.MutedText);
        }

        svg.CloseGroup();
        svg.Text((left + right) / 2, spec.Height - Pad, spec.XAxisTitle, ChartStyle.AxisTitleFontSize, "middle");
    }

    private static void DrawLegend(SvgBuilder svg, string first, string second, SecondSeriesLayout layout, double left)
    {
        const double swatch = 12;
        var baseline = Pad + swatch - 1;
        svg.OpenGroup("legend");
        svg.Rect(left, Pad, swatch, swatch, ChartStyle.Primary);
        svg.Text(left + swatch + 5, baseline, first, ChartStyle.LegendFontSize);

        var x = left + swatch + 5 + ChartStyle.TextWidth(first, ChartStyle.LegendFontSize) + 18;
        if (layout == SecondSeriesLayout.Line)
        {
            svg.Line(x, Pad + (swatch / 2), x + swatch, Pad + (swatch / 2), ChartStyle.Secondary, 2);
        }
        else
        {
            svg.Rect(x, Pad, swatch, swatch, ChartStyle.Secondary);
        }

        svg.Text(x + swatch + 5, baseline, second, ChartStyle.LegendFontSize);
        svg.CloseGroup();
    }
}
