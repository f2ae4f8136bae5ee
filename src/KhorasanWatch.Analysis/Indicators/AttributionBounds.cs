using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Engagements;
using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Attribution in doubt as bounds: the low end counts only events the source is certain of (the
/// figures everywhere else); the high end also counts the events whose attribution the source
/// leaves open ("Taliban and/or ISKP") as the watched actor's. Warnings and forecasts are run at
/// both ends and say whether their verdict holds.
/// </summary>
public static class AttributionBounds
{
    /// <summary>An event of uncertain attribution that would be the actor's attack if it were the actor's.</summary>
    public static bool IsPossibleAttack(ConflictEvent e) =>
        e.Attribution == Attribution.Uncertain && (e.Role == WatchRole.Perpetrator || e.Engagement?.Kind == EngagementKind.ActorAttack);

    /// <summary>The events with every uncertain attribution taken as certain: the high end.</summary>
    public static IReadOnlyList<ConflictEvent> HighEnd(IEnumerable<ConflictEvent> events) =>
        events.Select(e => e.Attribution == Attribution.Uncertain ? e with { Attribution = Attribution.Certain } : e).ToList();
}
