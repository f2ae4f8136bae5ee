namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Renders categories with counts as an SVG horizontal bar chart: labels on the left (cut with
/// "…" past 40% of the width), each count printed at its bar's end, a count axis from 0 with
/// 1-2-5 ticks, gridlines and a title. Pure: the same spec gives the same bytes.
/// </summary>
public static class HorizontalBarChart
{
    private const double Pad = 8;
    private const double Row = 24;
    private const double Bar = 16;
    private const double RightMargin = 12;

    public static string Render(HorizontalBarChartSpec spec)
    {
        var fontSize = ChartStyle.TickFontSize;
        var labelRoom = spec.Width * 0.4;
        var labels = spec.Bars.Select(b => Fitted(b.Label, labelRoom, fontSize)).ToList();
        var labelWidth = labels.Count == 0 ? 0 : labels.Max(l => ChartStyle.TextWidth(l, fontSize));
        var valueWidth = spec.Bars.Count == 0 ? 0 : spec.Bars.Max(b => ChartStyle.TextWidth(SvgBuilder.Count(b.Value), fontSize));

        var ticks = NiceTicks.For(spec.Bars.Count == 0 ? 0 : spec.Bars.Max(b => b.Value));
        var left = Pad + labelWidth + 8;
        var right = spec.Width - RightMargin - Math.Max(valueWidth + 4, ChartStyle.TextWidth(SvgBuilder.Count(ticks[^1]), fontSize) / 2);
        var top = Pad;
        var bottom = top + (Math.Max(spec.Bars.Count, 1) * Row);
        var height = bottom + 6 + fontSize + 8 + ChartStyle.AxisTitleFontSize + Pad;
        double X(long value) => left + (value / (double)ticks[^1] * (right - left));

        var svg = new SvgBuilder(spec.Width, height, spec.Title);
        svg.OpenGroup("x-axis");
        foreach (var tick in ticks)
        {
            svg.Line(X(tick), top, X(tick), bottom, tick == 0 ? ChartStyle.Axis : ChartStyle.Gridline);
            svg.Text(X(tick), bottom + 6 + fontSize, SvgBuilder.Count(tick), fontSize, "middle", ChartStyle.MutedText);
        }

        svg.Text((left + right) / 2, height - Pad, spec.ValueAxisTitle, ChartStyle.AxisTitleFontSize, "middle");
        svg.CloseGroup();

        svg.OpenGroup("bars");
        for (var i = 0; i < spec.Bars.Count; i++)
        {
            var value = spec.Bars[i].Value;
            var middle = top + (i * Row) + (Row / 2);
            var baseline = middle + (fontSize * 0.35);
            if (value > 0)
            {
                svg.Rect(left, middle - (Bar / 2), X(value) - left, Bar, ChartStyle.Primary);
            }

            svg.Text(left - 8, baseline, labels[i], fontSize, "end");
            svg.Text(X(value) + 4, baseline, SvgBuilder.Count(value), fontSize);
        }

        svg.CloseGroup();
        return svg.ToString();
    }

    /// <summary>The label, or its start and "…" when it would be wider than <paramref name="room"/>.</summary>
    private static string Fitted(string label, double room, double fontSize)
    {
        var maxChars = Math.Max(2, (int)(room / (fontSize * 0.64)));
        return label.Length <= maxChars ? label : label[..(maxChars - 1)].TrimEnd() + "…";
    }
}
