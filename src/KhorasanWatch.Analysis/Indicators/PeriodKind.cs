namespace KhorasanWatch.Analysis.Indicators;

/// <summary>How a span of time is cut into periods. <see cref="Window"/> is one custom window, such as the paper's "first four months".</summary>
public enum PeriodKind
{
    Week,
    Month,
    Quarter,
    Year,
    Window,
}
