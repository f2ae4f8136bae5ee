using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Reporting;

/// <summary>
/// Everything the report shows, computed once: the indicators for the whole window, per table
/// period and per month, the warnings as of the report's day, the key judgments, the other actors'
/// monthly events for context, the province boundaries for the map, and every counted event by id
/// so that each figure's footnote can list its sources.
/// </summary>
public sealed record ReportContent(
    ReportRequest Request,
    PeriodIndicators Window,
    PeriodIndicators YearEarlier,
    PeriodIndicators PreviousWindow,
    IReadOnlyList<PeriodIndicators> Periods,
    IReadOnlyList<PeriodIndicators> Months,
    IReadOnlyList<long> OtherActorsPerMonth,
    WarningReport Warnings,
    IReadOnlyList<KeyJudgment> Judgments,
    IReadOnlyList<BoundaryRecord> Boundaries,
    IReadOnlyDictionary<string, CountedEvent> Events,
    DateOnly CoverageStart,
    IReadOnlyList<string> Sources);
