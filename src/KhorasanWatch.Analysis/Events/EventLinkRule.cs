using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Analysis.Events;

/// <summary>
/// When two records from different sources describe one real event: their dates can be the same
/// day (within each record's date precision), they lie within <see cref="MaxKilometres"/> of each
/// other or name the same district, and they share at least one specific actor. Catch-all actors
/// (civilians, unidentified groups) never make two records one event.
/// </summary>
public sealed class EventLinkRule(IReadOnlySet<string> genericActorIds, double maxKilometres = 10)
{
    /// <summary>The widest date span a linkable record may have (a month).</summary>
    public const int MaxSpanDays = 31;

    public double MaxKilometres { get; } = maxKilometres;

    public bool IsLinkable(ConflictEvent e) =>
        e.ActorIds.Any(id => !genericActorIds.Contains(id)) &&
        e.Date.End.DayNumber - e.Date.Start.DayNumber <= MaxSpanDays &&
        (e.Latitude is not null || e.Admin2 is not null);

    /// <summary>The reason the two records are one event, or null when they are not.</summary>
    public string? Match(LinkCandidate a, LinkCandidate b)
    {
        if (a.Source == b.Source || a.Country != b.Country || !a.Date.Overlaps(b.Date) || Place(a, b) is not { } place)
        {
            return null;
        }

        // The place is tested first: it is arithmetic, and it rules out nearly every pair of a busy day.
        var shared = a.ActorIds.Where(id => !genericActorIds.Contains(id) && b.ActorIds.Contains(id)).ToList();
        return shared.Count == 0 ? null : $"same day, {place}, shared actor {string.Join(", ", shared)}";
    }

    private string? Place(LinkCandidate a, LinkCandidate b)
    {
        if (a.Latitude is { } la && a.Longitude is { } loa && b.Latitude is { } lb && b.Longitude is { } lob &&
            Geodesy.AtLeastKilometres(la, lb) <= MaxKilometres && Geodesy.Kilometres(la, loa, lb, lob) is var km && km <= MaxKilometres)
        {
            return $"{km:0.0} km apart";
        }

        return a.DistrictKey is not null && a.DistrictKey == b.DistrictKey ? $"same district {a.Admin2}" : null;
    }
}

/// <summary>The fields of a stored record that linking compares.</summary>
public sealed record LinkCandidate(
    string Id, string Source, EventDate Date, string Country, string? Admin2, double? Latitude, double? Longitude, IReadOnlyCollection<string> ActorIds)
{
    /// <summary>The district as the rule compares it (<see cref="NameFolding.FoldPlace"/>), folded once per record, not once per pair.</summary>
    public string? DistrictKey { get; } = Admin2 is null ? null : NameFolding.FoldPlace(Admin2);
}
