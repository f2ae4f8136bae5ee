namespace KhorasanWatch.Analysis.Assessment;

/// <summary>Analytic confidence, stated apart from likelihood (ICD 203): how much the evidence can bear.</summary>
public enum ConfidenceLevel
{
    Low,
    Moderate,
    High,
}
