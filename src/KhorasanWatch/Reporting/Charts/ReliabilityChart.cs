using KhorasanWatch.Analysis.Forecasting;

namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// A reliability diagram: for each series (a forecast's chosen model), each bin of forecast
/// probability as a point at (mean forecast, how often it came true), its area by the number of
/// forecasts, joined by a line; the diagonal is perfect calibration. Points above it are forecasts
/// too low, below it too high. Pure: the same bins give the same bytes.
/// </summary>
public static class ReliabilityChart
{
    private const double Pad = 14;
    private const double Left = 64;
    private const double Bottom = 44;

    public static string Render(IReadOnlyList<(string Label, IReadOnlyList<ReliabilityBin> Bins)> series, double width, string title)
    {
        var fontSize = ChartStyle.TickFontSize;
        var legend = (series.Count * 18) + Pad;
        var size = Math.Min(width - Left - Pad, 360);
        var (x0, y0) = (Left, Pad);
        var height = y0 + size + Bottom + legend;
        double X(double p) => x0 + (p * size);
        double Y(double p) => y0 + size - (p * size);

        var svg = new SvgBuilder(width, height, title);
        svg.OpenGroup("axes");
        foreach (var tick in new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })
        {
            var label = $"{tick * 100:0} %";
            svg.Line(X(tick), Y(0), X(tick), Y(1), tick == 0 ? ChartStyle.Axis : ChartStyle.Gridline);
            svg.Line(X(0), Y(tick), X(1), Y(tick), tick == 0 ? ChartStyle.Axis : ChartStyle.Gridline);
            svg.Text(X(tick), Y(0) + 6 + fontSize, label, fontSize, "middle", ChartStyle.MutedText);
            svg.Text(X(0) - 6, Y(tick) + (fontSize * 0.35), label, fontSize, "end", ChartStyle.MutedText);
        }

        svg.Line(X(0), Y(0), X(1), Y(1), ChartStyle.MutedText, 1, "4 3");
        svg.Text(X(0.5), Y(0) + 6 + fontSize + 8 + ChartStyle.AxisTitleFontSize, "forecast probability (mean in each bin)", ChartStyle.AxisTitleFontSize, "middle");
        svg.Text(16, Y(0.5), "came true", ChartStyle.AxisTitleFontSize, "middle", rotate: "-90");
        svg.CloseGroup();

        var max = Math.Max(1, series.SelectMany(s => s.Bins).Select(b => b.Count).DefaultIfEmpty(1).Max());
        for (var i = 0; i < series.Count; i++)
        {
            var colour = ChartStyle.OkabeIto[(i + 5) % ChartStyle.OkabeIto.Count];
            svg.OpenGroup("series");
            var points = series[i].Bins.Select(b => (X(b.MeanForecast), Y(b.Observed))).ToList();
            if (points.Count > 1)
            {
                svg.Polyline(points, colour, 1.5);
            }

            foreach (var b in series[i].Bins)
            {
                svg.Circle(X(b.MeanForecast), Y(b.Observed), 2.5 + (5 * Math.Sqrt(b.Count / (double)max)), colour);
            }

            var ly = y0 + size + Bottom + (i * 18) + 8;
            svg.Circle(x0 + 6, ly - 4, 5, colour);
            svg.Text(x0 + 18, ly, series[i].Label, ChartStyle.LegendFontSize);
            svg.CloseGroup();
        }

        return svg.ToString();
    }
}
