using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// The record an indicator counts, and the ids of the other sources' records of the same event.
/// Where the linked records disagree, <see cref="Disagreement"/> says how, source by source (the
/// kept record's deaths already carry the range across them).
/// </summary>
public sealed record CountedEvent(ConflictEvent Event, IReadOnlyList<string> AlsoRecordedAs)
{
    public string? Disagreement { get; init; }
}
