namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>An item's diagnosticity: the spread of its consistency across hypotheses, 0 (does not discriminate) to 4.</summary>
public sealed record ItemDiagnosticity(string ItemId, int Diagnosticity);
