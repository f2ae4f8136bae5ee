namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>An evidence item's credibility or relevance, as the analyst rates it.</summary>
public enum WeightLevel
{
    Low,
    Medium,
    High,
}
