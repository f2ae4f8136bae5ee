using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>The record an indicator counts, and the ids of the other sources' records of the same event.</summary>
public sealed record CountedEvent(ConflictEvent Event, IReadOnlyList<string> AlsoRecordedAs);
