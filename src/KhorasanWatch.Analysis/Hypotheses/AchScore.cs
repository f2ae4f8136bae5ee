namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>The scored matrix: hypotheses with ranks, each item's diagnosticity, the sensitivity check, and the weights used.</summary>
public sealed record AchScore(IReadOnlyList<HypothesisScore> Hypotheses, IReadOnlyList<ItemDiagnosticity> Items, IReadOnlyList<ItemSensitivity> Sensitivity, AchWeights Weights)
{
    public IReadOnlyList<HypothesisScore> Leaders => Hypotheses.Where(h => h.Rank == 1).ToList();
}
