using System.Globalization;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// How much a claim counts when claims are combined: the product of a weight for its source's
/// reliability and one for its information's credibility. A stated choice, not a measurement: the
/// defaults fall by 0.2 a step from A and 1 to E and 5, and "cannot be judged" (F, 6) sits at the
/// floor with them — a grade that says nothing is known of the source must not count for more than
/// one judged unreliable (the Admiralty scale's letters and digits are ordinal, so any spacing is a
/// choice; equal steps are the simplest one). An analyst can state others; the weights used are
/// printed with every combined series.
/// </summary>
public sealed record GradeWeights(IReadOnlyDictionary<char, double> Reliability, IReadOnlyDictionary<int, double> Credibility)
{
    public static GradeWeights Default { get; } = new(
        new Dictionary<char, double> { ['A'] = 1.0, ['B'] = 0.8, ['C'] = 0.6, ['D'] = 0.4, ['E'] = 0.2, ['F'] = 0.2 },
        new Dictionary<int, double> { [1] = 1.0, [2] = 0.8, [3] = 0.6, [4] = 0.4, [5] = 0.2, [6] = 0.2 });

    public double For(AdmiraltyGrade grade) => Reliability[grade.Reliability] * Credibility[grade.Credibility];

    /// <summary>"A 1.0, B 0.8, … × 1 1.0, 2 0.8, …": the weights as a report states them.</summary>
    public override string ToString() =>
        "reliability " + string.Join(", ", Reliability.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value.ToString("0.0#", CultureInfo.InvariantCulture)}")) +
        "; credibility " + string.Join(", ", Credibility.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value.ToString("0.0#", CultureInfo.InvariantCulture)}"));
}
