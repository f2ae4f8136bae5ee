namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>One of the competing explanations, with an id the matrix's ratings use.</summary>
public sealed record Hypothesis(string Id, string Name);
