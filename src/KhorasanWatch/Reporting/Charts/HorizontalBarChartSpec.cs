namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// What a horizontal bar chart shows: categories with counts, drawn top to bottom in the order
/// given (the caller sorts). The height follows from the number of bars.
/// </summary>
public sealed record HorizontalBarChartSpec
{
    public HorizontalBarChartSpec(string title, string valueAxisTitle, IReadOnlyList<ChartBar> bars, int width = 720)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 240);
        (Title, ValueAxisTitle, Bars, Width) = (title, valueAxisTitle, bars, width);
    }

    /// <summary>What the chart shows, for screen readers and the SVG title.</summary>
    public string Title { get; }

    /// <summary>The count axis title under the bars ("Attacks").</summary>
    public string ValueAxisTitle { get; }

    public IReadOnlyList<ChartBar> Bars { get; }

    public int Width { get; }
}
