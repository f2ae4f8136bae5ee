using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>A count and the ids of the events behind it, so every number can be traced to its sources.</summary>
public sealed record Tally(IReadOnlyList<string> EventIds)
{
    public static Tally Empty { get; } = new([]);

    public int Count => EventIds.Count;

    public static Tally Of(IEnumerable<ConflictEvent> events) => new(events.Select(e => e.Id).ToList());
}
