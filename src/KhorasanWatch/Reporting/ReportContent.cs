using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Assessment;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Reporting;

/// <summary>
/// Everything the report shows, computed once: the indicators for the whole window, for the windows
/// it is compared with (null where the data do not reach them; the same days a year earlier also
/// null when they overlap the window, as for any window longer than a year), per table period and per month, the warnings as of the report's day, the key judgments, the other actors'
/// monthly events for context, the province boundaries for the map, every counted event by id so
/// that each figure's footnote can list its sources, and the analyst's side: the register's claims,
/// each numeric subject's combined series, the disagreements, and the scored ACH matrix (whose indicator items carry the events of their baselines).
/// </summary>
public sealed record ReportContent(
    ReportRequest Request,
    PeriodIndicators Window,
    PeriodIndicators? YearEarlier,
    PeriodIndicators? PreviousWindow,
    PeriodIndicators? TrailingYear,
    IReadOnlyList<PeriodIndicators> Periods,
    IReadOnlyList<PeriodIndicators> Months,
    IReadOnlyList<long> OtherActorsPerMonth,
    WarningReport Warnings,
    IReadOnlyList<KeyJudgment> Judgments,
    IReadOnlyList<BoundaryRecord> Boundaries,
    IReadOnlyDictionary<string, CountedEvent> Events,
    DateOnly CoverageStart,
    IReadOnlyList<string> Sources,
    IReadOnlyDictionary<string, Claim> Claims,
    IReadOnlyList<ClaimSeriesResult> Series,
    IReadOnlyList<ClaimDisagreement> Disagreements,
    int ClaimsAboveMarking,
    MatrixEvaluation Assessment)
{
    /// <summary>The compilations among <see cref="Sources"/>: curated selections, not complete records (<see cref="Analysis.Events.ConflictEvent.Dataset"/>).</summary>
    public IReadOnlyList<string> Curated { get; init; } = [];

    /// <summary>The events counted here that the reader may not see as rows (their source's terms, <see cref="Coalition.SourceLicences"/>): a footnote gives their ids only.</summary>
    public IReadOnlySet<string> RowsWithheld { get; init; } = new HashSet<string>();

    /// <summary>The backtest of the report's forecasts on the store up to the as-of day: their track record, shown in the annex.</summary>
    public BacktestResult? TrackRecord { get; init; }

    /// <summary>
    /// Each of <see cref="Periods"/>' same days a year earlier, in order: the tempo table's
    /// comparisons and, for the last, the monitor table's baseline (which says when it lies before
    /// the coverage; its counts do not depend on it).
    /// </summary>
    public IReadOnlyList<PeriodIndicators> PeriodsYearEarlier { get; init; } = [];

    /// <summary>The rules the figures were counted by: the watched series' names, the home country.</summary>
    public required IndicatorRules Rules { get; init; }

    /// <summary>Operations against the actor by its neighbours' forces in the last of <see cref="Periods"/>, and in the same days a year earlier: the monitor table's row.</summary>
    public required (Tally Now, Tally YearEarlier) NeighbourOperations { get; init; }

    /// <summary>The sources of the actor's events, whether any of them records who started a fight, and whether every one records only events that killed someone.</summary>
    public required (IReadOnlyList<string> Names, bool RecordInitiators, bool LethalOnly) EventSources { get; init; }
}
