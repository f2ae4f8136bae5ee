namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>What an evidence item is: a claim in the estimates register, a live indicator reading, or an analyst's note.</summary>
public enum EvidenceKind
{
    Claim,
    Indicator,
    Note,
}
