namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>A live reading of an indicator for the matrix: its state ("up", "flat", "down"), the sentence that states it, and its events.</summary>
public sealed record IndicatorReading(string Id, string State, string Text, IReadOnlyList<string> EventIds);
