namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// A live reading of an indicator for the matrix: its state ("up", "flat", "down"), the sentence that
/// states it, its events, and the events of the baseline it is compared with (null without one).
/// <see cref="Significant"/> is false for a state that is no finding at the stated level (a change
/// with p ≥ 0.05, a warning level below <c>warning</c>): the matrix rates it N for every hypothesis.
/// </summary>
public sealed record IndicatorReading(string Id, string State, string Text, IReadOnlyList<string> EventIds, IReadOnlyList<string>? BaselineEventIds = null)
{
    public bool Significant { get; init; } = true;
}
