using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Attacks per target category, and the test of whether the mix shifted against the trailing
/// twelve months. The test is run when first read: its permutations are most of an indicator's
/// cost, and a series of periods (a report's months) is mostly read for its counts.
/// </summary>
public sealed class TargetMix
{
    private readonly Lazy<CategoryShiftResult?> _shift;

    public TargetMix(IReadOnlyDictionary<TargetCategory, Tally> counts, CategoryShiftResult? shiftAgainstTrailingYear)
        : this(counts, () => shiftAgainstTrailingYear)
    {
    }

    /// <summary>A mix whose shift test <paramref name="shift"/> runs when first read (once, whichever thread reads it).</summary>
    public TargetMix(IReadOnlyDictionary<TargetCategory, Tally> counts, Func<CategoryShiftResult?> shift)
    {
        Counts = counts;
        _shift = new Lazy<CategoryShiftResult?>(shift, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyDictionary<TargetCategory, Tally> Counts { get; }

    public CategoryShiftResult? ShiftAgainstTrailingYear => _shift.Value;

    public double Share(TargetCategory category)
    {
        var total = Counts.Values.Sum(t => t.Count);
        return total == 0 ? 0 : (double)Counts[category].Count / total;
    }
}
