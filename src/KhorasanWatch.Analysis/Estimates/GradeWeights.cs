using System.Globalization;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// How much a claim counts when claims are combined: the product of a weight for its source's
/// reliability and one for its information's credibility. The defaults fall by 0.2 a step from A
/// and 1; "cannot be judged" (F, 6) counts half. An analyst can state others; the weights used are
/// printed with every combined series.
/// </summary>
public sealed record GradeWeights(IReadOnlyDictionary<char, double> Reliability, IReadOnlyDictionary<int, double> Credibility)
{
    public static GradeWeights Default { get; } = new(
        new Dictionary<char, double> { ['A'] = 1.0, ['B'] = 0.8, ['C'] = 0.6, ['D'] = 0.4, ['E'] = 0.2, ['F'] = 0.5 },
        new Dictionary<int, double> { [1] = 1.0, [2] = 0.8, [3] = 0.6, [4] = 0.4, [5] = 0.2, [6] = 0.5 });

    public double For(AdmiraltyGrade grade) => Reliability[grade.Reliability] * Credibility[grade.Credibility];

    /// <summary>"A 1.0, B 0.8, … × 1 1.0, 2 0.8, …": the weights as a report states them.</summary>
    public override string ToString() =>
        "reliability " + string.Join(", ", Reliability.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value.ToString("0.0#", CultureInfo.InvariantCulture)}")) +
        "; credibility " + string.Join(", ", Credibility.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value.ToString("0.0#", CultureInfo.InvariantCulture)}"));
}
