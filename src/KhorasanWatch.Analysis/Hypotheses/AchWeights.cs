using System.Globalization;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// The multipliers for credibility and relevance in the weighted inconsistency score. The defaults
/// are those of PARC's ACH 2.0 software (high √2, medium 1, low 1/√2). They are part of every saved
/// matrix, so a score can always be recomputed with the weights it was made with.
/// </summary>
public sealed record AchWeights(double High, double Medium, double Low)
{
    public static AchWeights Default { get; } = new(1.414, 1.0, 0.707);

    public double For(WeightLevel level) => level switch
    {
        WeightLevel.High => High,
        WeightLevel.Medium => Medium,
        _ => Low,
    };

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"high {High:0.###}, medium {Medium:0.###}, low {Low:0.###} (credibility × relevance)");
}
