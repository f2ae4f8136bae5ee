namespace KhorasanWatch.Reporting.Charts;

/// <summary>How a column chart draws its second, context series.</summary>
public enum SecondSeriesLayout
{
    /// <summary>Stacked on top of the first series' columns, so the column is the total.</summary>
    Stacked,

    /// <summary>A line over the columns, on the same count axis.</summary>
    Line,
}
