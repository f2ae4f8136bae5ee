using System.Globalization;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// The multipliers for credibility and relevance in the weighted inconsistency score, each a finite
/// number above 0 (a zero would silently drop inconsistencies). The defaults are those of PARC's ACH
/// software: high √2, medium 1, low 1/√2, written to three decimals as 1.414 and 0.707. They are part
/// of every saved matrix, so a score can always be recomputed with the weights it was made with.
/// </summary>
public sealed record AchWeights(double High, double Medium, double Low)
{
    public static AchWeights Default { get; } = new(1.414, 1.0, 0.707);

    public double High { get; } = AboveZero(High, nameof(High));

    public double Medium { get; } = AboveZero(Medium, nameof(Medium));

    public double Low { get; } = AboveZero(Low, nameof(Low));

    public double For(WeightLevel level) => level switch
    {
        WeightLevel.High => High,
        WeightLevel.Medium => Medium,
        _ => Low,
    };

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"high {High:0.###}, medium {Medium:0.###}, low {Low:0.###} (credibility × relevance)");

    private static double AboveZero(double weight, string name) =>
        double.IsFinite(weight) && weight > 0 ? weight : throw new ArgumentOutOfRangeException(name, weight, "An ACH weight is a finite number above 0.");
}
