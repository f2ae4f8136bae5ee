using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// What a column chart shows: one column per period, in time order, for a watched series and
/// optionally a second series for context. Every series has one count per period.
/// </summary>
public sealed record ColumnChartSpec
{
    public ColumnChartSpec(
        string title,
        string xAxisTitle,
        string yAxisTitle,
        IReadOnlyList<Period> periods,
        ChartSeries primary,
        ChartSeries? second = null,
        SecondSeriesLayout secondLayout = SecondSeriesLayout.Stacked,
        IReadOnlyList<ChartMarker>? markers = null,
        int width = 720,
        int height = 320)
    {
        foreach (var series in new[] { primary, second })
        {
            if (series is not null && series.Values.Count != periods.Count)
            {
                throw new ArgumentException($"Series '{series.Name}' has {series.Values.Count} counts for {periods.Count} periods.", nameof(periods));
            }
        }

        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i].Start <= periods[i - 1].End)
            {
                throw new ArgumentException($"Period {periods[i].Label} does not follow {periods[i - 1].Label}.", nameof(periods));
            }
        }

        if (width < 200 || height < 120)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"A column chart needs at least 200×120 px, not {width}×{height}.");
        }

        (Title, XAxisTitle, YAxisTitle, Periods, Primary, Second, SecondLayout) = (title, xAxisTitle, yAxisTitle, periods, primary, second, secondLayout);
        (Markers, Width, Height) = (markers ?? [], width, height);
    }

    /// <summary>What the chart shows, for screen readers and the SVG title ("ISKP attacks per month, 2015–2025").</summary>
    public string Title { get; }

    public string XAxisTitle { get; }

    public string YAxisTitle { get; }

    public IReadOnlyList<Period> Periods { get; }

    public ChartSeries Primary { get; }

    public ChartSeries? Second { get; }

    public SecondSeriesLayout SecondLayout { get; }

    /// <summary>Days to mark; a day outside every period is not drawn.</summary>
    public IReadOnlyList<ChartMarker> Markers { get; }

    public int Width { get; }

    public int Height { get; }
}
