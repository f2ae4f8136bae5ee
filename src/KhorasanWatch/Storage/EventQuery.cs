namespace KhorasanWatch.Storage;

/// <summary>
/// A filter on stored events; null means no filter. Dates are inclusive and compare with the
/// event's first possible day. <see cref="WatchedOnly"/> keeps only events involving the watched
/// actor (any role, either attribution). <see cref="AnyActorIds"/> keeps events naming at least one of them.
/// <see cref="AirStrikesOnly"/> keeps the air and drone strikes (ACLED's sub-event type), found through their own index.
/// <see cref="Ids"/> keeps the events of those ids (the records linked to one).
/// </summary>
public sealed record EventQuery(
    string? ActorId = null,
    bool WatchedOnly = false,
    string? Country = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? Limit = null,
    IReadOnlyList<string>? AnyActorIds = null,
    bool AirStrikesOnly = false,
    IReadOnlyList<string>? Ids = null);
