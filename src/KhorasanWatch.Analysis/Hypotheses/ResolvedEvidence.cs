using KhorasanWatch.Analysis.Estimates;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// An evidence item as it reads today: the claim's current version or the indicator's current reading
/// in words, the indicator's state (or the claim's band), the ratings in force, and the events behind
/// it and behind the baseline it is compared with (for footnotes; null without a baseline).
/// <see cref="Claim"/> is the claim read, for a claim item.
/// </summary>
public sealed record ResolvedEvidence(
    EvidenceItem Item, string Reading, string? State, IReadOnlyDictionary<string, AchRating> Ratings, IReadOnlyList<string> EventIds, IReadOnlyList<string>? BaselineEventIds = null)
{
    public Claim? Claim { get; init; }
}
