using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Storage;
using static KhorasanWatch.Contracts.EventCodes;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Contracts;

/// <summary>
/// One event as <c>kwatch events --format json</c> and the API write it; the snake_case names are
/// the contract (docs/cli.md, "events"), in this order. What a source does not record is null,
/// never a zero or a false (<see cref="Suicide"/>). A record linked to other sources' records
/// carries the event as all of them tell it: the deaths' range across them and where they disagree.
/// </summary>
public sealed record EventRecord(
    string Id,
    string Source,
    string? SourceEventId,
    string Date,
    string DateEnd,
    string DatePrecision,
    string Country,
    string? Admin1,
    bool Admin1Derived,
    string? Admin2,
    string? Location,
    double? Latitude,
    double? Longitude,
    string EventType,
    string? SubEventType,
    bool? Suicide,
    IReadOnlyList<string> Actors,
    string? Actor1,
    string? AssocActor1,
    string? Actor2,
    string? AssocActor2,
    string? Role,
    string? Attribution,
    string? TargetCategory,
    string? TargetReason,
    string? Engagement,
    string? EngagementReason,
    string? Dataset,
    int? FatalitiesBest,
    int? FatalitiesLow,
    int? FatalitiesHigh,
    string? Notes,
    string? SourceNames,
    IReadOnlyList<string> LinkedEvents,
    DeathRange? DeathsAcrossSources,
    string? SourcesDisagree,
    int Version)
{
    /// <summary>The event as the contract writes it, its engagement read by <paramref name="profile"/>'s rules.</summary>
    public static EventRecord Of(StoredEvent stored, CountedEvent? across, WatchProfile profile)
    {
        var e = EventClassifier.WithEngagement(profile, stored.Event);
        return new EventRecord(
            e.Id,
            e.Source.Code(),
            e.SourceEventId,
            Day(e.Date.Start),
            Day(e.Date.End),
            WireNames.Precision(e.Date.Precision),
            e.Country,
            e.Admin1,
            e.Admin1Derived,
            e.Admin2,
            e.Location,
            e.Latitude,
            e.Longitude,
            e.EventType.Code(),
            e.SubEventType,
            SourceCoverage.Of(e.Source).RecordsSuicide ? e.Suicide : null,
            e.ActorIds,
            e.Actor1,
            e.AssocActor1,
            e.Actor2,
            e.AssocActor2,
            EventCodes.Role(e),
            EventCodes.Attribution(e),
            e.TargetCategory?.Id(),
            e.TargetReason,
            e.Engagement is { } engagement ? WireNames.Engagement(engagement.Kind) : null,
            e.Engagement?.Reason,
            e.Dataset,
            e.Fatalities.Best,
            e.Fatalities.Low,
            e.Fatalities.High,
            e.Notes,
            e.SourceNames,
            stored.LinkedIds,
            across is null ? null : new DeathRange(AcrossLow(across), AcrossHigh(across)),
            across?.Disagreement,
            stored.Version);
    }
}

/// <summary>The fewest and most deaths any of an event's linked records gives; null when none records deaths.</summary>
public sealed record DeathRange(int? Low, int? High);

/// <summary>A page of events and the cursor of the next one (null on the last page): <c>GET /api/v1/events</c>.</summary>
public sealed record EventPageRecord(IReadOnlyList<EventRecord> Events, string? NextCursor);

/// <summary>One event with its provenance: <c>GET /api/v1/events/{id}</c>.</summary>
public sealed record EventDetailRecord(EventRecord Event, string? RawRecord, IReadOnlyList<EventVersionRecord> Versions, IReadOnlyList<EventRecord> Linked);

/// <summary>An earlier version of an event: its number and the source's record as it was.</summary>
public sealed record EventVersionRecord(int Version, string RawRecord);
