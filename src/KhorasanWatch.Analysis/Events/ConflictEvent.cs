using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Engagements;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Events;

/// <summary>
/// One real-world event as one source records it. <see cref="Id"/> is <c>source:source_event_id</c>,
/// or <c>source:h-…</c> derived from the row's content where the source gives no id, so that
/// ingesting the same file twice gives the same ids. Side A is <see cref="Actor1"/> and its
/// associates (ACLED actor1, UCDP side_a, GTD perpetrator group); side B is <see cref="Actor2"/>
/// and its associates. The watched actor's <see cref="Role"/>, <see cref="Attribution"/> and the
/// <see cref="TargetCategory"/> of its attacks are set by the watch profile.
/// </summary>
public sealed record ConflictEvent
{
    public required string Id { get; init; }

    public required EventSource Source { get; init; }

    public string? SourceEventId { get; init; }

    public required EventDate Date { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public required string Country { get; init; }

    /// <summary>Canonical province name from the gazetteer, or the source's own spelling when unknown to it.</summary>
    public string? Admin1 { get; init; }

    /// <summary>True when <see cref="Admin1"/> was found from the coordinates, not given by the source.</summary>
    public bool Admin1Derived { get; init; }

    public string? Admin2 { get; init; }

    public string? Location { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>The source's own geo-precision code (ACLED 1–3, UCDP where_prec 1–7, GTD specificity 1–5).</summary>
    public int? GeoPrecision { get; init; }

    public required EventType EventType { get; init; }

    public string? SubEventType { get; init; }

    public bool Suicide { get; init; }

    public string? Actor1 { get; init; }

    public string? AssocActor1 { get; init; }

    public string? Actor2 { get; init; }

    public string? AssocActor2 { get; init; }

    /// <summary>What the source says of the target beyond actor names (GTD target type and target).</summary>
    public string? TargetText { get; init; }

    /// <summary>The profile's actor ids named on either side, each once.</summary>
    public IReadOnlyList<string> ActorIds { get; init; } = [];

    public WatchRole Role { get; init; }

    public Attribution Attribution { get; init; }

    /// <summary>Set for events where the watched actor attacked (or fought, in UCDP dyads); null otherwise.</summary>
    public TargetCategory? TargetCategory { get; init; }

    public string? TargetReason { get; init; }

    /// <summary>
    /// For an engagement (the watched actor a party, the source naming no initiator): who acted, as
    /// read from the source's text. Derived by the profile when events are read, never stored.
    /// </summary>
    public EngagementReading? Engagement { get; init; }

    public required Fatalities Fatalities { get; init; }

    public string? Notes { get; init; }

    /// <summary>The source's own citation (ACLED <c>source</c>, UCDP <c>source_article</c>, GTD <c>scite1</c>).</summary>
    public string? SourceNames { get; init; }

    /// <summary>
    /// The compilation the record comes from when it is not the format's publisher: a curated
    /// selection written in ACLED's format names itself (ACLED <c>tags</c>: <c>dataset=NAME</c>), so
    /// the report never calls it ACLED's data. Null for the publisher's own data.
    /// </summary>
    public string? Dataset { get; init; }

    /// <summary>Where the record comes from, as a reader should be told: its dataset, else the source ("ACLED").</summary>
    public string Provenance => Dataset ?? Source.Code().ToUpperInvariant();
}
