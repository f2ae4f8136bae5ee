namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>A hypothesis's weighted inconsistency, its unweighted count (I = 1, II = 2) and its rank (1 = least inconsistent).</summary>
public sealed record HypothesisScore(string Id, string Name, double Inconsistency, int InconsistentCount, int Rank);
