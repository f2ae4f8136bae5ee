using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Storage;

/// <summary>An event as stored, with the ids of records of the same real event from other sources.</summary>
public sealed record StoredEvent(ConflictEvent Event, IReadOnlyList<string> LinkedIds, int Version);
