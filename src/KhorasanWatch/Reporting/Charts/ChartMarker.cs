namespace KhorasanWatch.Reporting.Charts;

/// <summary>A day to mark on a time axis with a dashed line and a short label, such as a warning date.</summary>
public sealed record ChartMarker(DateOnly Date, string Label);
