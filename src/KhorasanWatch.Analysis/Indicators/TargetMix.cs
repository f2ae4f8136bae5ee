using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>Attacks per target category, and the test of whether the mix shifted against the trailing twelve months.</summary>
public sealed record TargetMix(IReadOnlyDictionary<TargetCategory, Tally> Counts, CategoryShiftResult? ShiftAgainstTrailingYear)
{
    public double Share(TargetCategory category)
    {
        var total = Counts.Values.Sum(t => t.Count);
        return total == 0 ? 0 : (double)Counts[category].Count / total;
    }
}
