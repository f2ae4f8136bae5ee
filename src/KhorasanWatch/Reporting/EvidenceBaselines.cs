using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Assessment;

namespace KhorasanWatch.Reporting;

/// <summary>
/// The events behind the baseline of each indicator item of the matrix: a reading "N in the twelve
/// months to the as-of day against M in the twelve before" lists the N events but not the M, so the
/// report finds them here, by the same series and the same windows as <see cref="IndicatorReadings"/>.
/// Items whose reading has no baseline (the warning level, or data that do not reach back) have none.
/// </summary>
internal static class EvidenceBaselines
{
    private const string TwelveMonths = "_12m";

    /// <summary>Item id → the ids of the events of the twelve months before the reading's twelve.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(
        MatrixEvaluation evaluation, IReadOnlyList<ConflictEvent> events, DateOnly coverageStart, IndicatorRules rules)
    {
        var year = new Period(PeriodKind.Window, evaluation.AsOf.AddYears(-1).AddDays(1), evaluation.AsOf);
        var before = year.Previous();
        var baselines = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (before.Start < coverageStart)
        {
            return baselines;
        }

        var series = WatchedSeries.For(rules).ToDictionary(s => s.Id + TwelveMonths, StringComparer.Ordinal);
        foreach (var item in evaluation.Evidence.Select(e => e.Item).Where(i => i.Kind == EvidenceKind.Indicator))
        {
            if (item.Reference is { } reading && series.TryGetValue(reading, out var watched))
            {
                baselines[item.Id] = events.Where(e => before.Contains(e.Date.Start) && watched.Counts(e)).Select(e => e.Id).ToList();
            }
        }

        return baselines;
    }
}
