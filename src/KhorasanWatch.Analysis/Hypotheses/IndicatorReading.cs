namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// A live reading of an indicator for the matrix: its state ("up", "flat", "down"), the sentence that
/// states it, its events, and the events of the baseline it is compared with (null without one).
/// </summary>
public sealed record IndicatorReading(string Id, string State, string Text, IReadOnlyList<string> EventIds, IReadOnlyList<string>? BaselineEventIds = null);
