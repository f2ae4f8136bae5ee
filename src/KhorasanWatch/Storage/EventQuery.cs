namespace KhorasanWatch.Storage;

/// <summary>
/// A filter on stored events; null means no filter. Dates are inclusive and compare with the
/// event's first possible day. <see cref="WatchedOnly"/> keeps only events involving the watched
/// actor (any role, either attribution). <see cref="AnyActorIds"/> keeps events naming at least one of them.
/// <see cref="AirStrikesOnly"/> keeps the air and drone strikes (ACLED's sub-event type), found through their own index.
/// <see cref="Ids"/> keeps the events of those ids (the records linked to one).
/// <see cref="Admin1"/>, <see cref="Source"/>, <see cref="Role"/>, <see cref="Attribution"/> and
/// <see cref="TargetCategory"/> compare with the stored codes (docs/cli.md, "events"); <see cref="Text"/>
/// keeps events whose notes, location or actors' names contain it, without case.
/// Events come in date order, then id; <see cref="NewestFirst"/> reverses it, and <see cref="After"/>
/// starts after that (day, id) in the order asked: keyset paging that costs the same on any page.
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
    IReadOnlyList<string>? Ids = null)
{
    public string? Admin1 { get; init; }

    public string? Source { get; init; }

    public string? Role { get; init; }

    public string? Attribution { get; init; }

    public string? TargetCategory { get; init; }

    public string? Text { get; init; }

    public bool NewestFirst { get; init; }

    /// <summary>
    /// The events are read to be counted, not shown as rows: the sources' licence rule
    /// (<see cref="Coalition.SourceLicences"/>), which keeps rows of a source that forbids
    /// redistribution from any organisation but their owner, does not apply; the markings still do.
    /// </summary>
    public bool Counting { get; init; }

    public EventPosition? After { get; init; }
}

/// <summary>An event's place in the listing order: its first day and its id.</summary>
public sealed record EventPosition(DateOnly Day, string Id);
