using KhorasanWatch.Analysis.Estimates;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// Links the matrix to the register and the data: a claim item reads as the claim's current version,
/// an indicator item as the current reading, rated as the analyst rated that state. An item whose
/// claim or reading is missing, or whose reading's state has no ratings, is rated NA everywhere, so
/// it cannot move the score, and says why.
/// </summary>
public static class AchEvidence
{
    public static IReadOnlyList<ResolvedEvidence> Resolve(
        AchMatrix matrix, IReadOnlyDictionary<string, Claim> claims, IReadOnlyDictionary<string, IndicatorReading> readings)
    {
        var none = matrix.Hypotheses.ToDictionary(h => h.Id, _ => AchRating.NA, StringComparer.Ordinal);
        return matrix.Items.Select(item => item.Kind switch
        {
            EvidenceKind.Claim when item.Reference is { } id && claims.TryGetValue(id, out var claim) =>
                new ResolvedEvidence(item, $"{claim.Statement} ({claim.Source.Title}; {claim.Grade}; version {claim.Version})", null, Complete(item.Ratings, none), []),
            EvidenceKind.Claim =>
                new ResolvedEvidence(item, $"Claim '{item.Reference}' is not in the register: import it (kwatch claims import) for this item to count.", null, none, []),
            EvidenceKind.Indicator when item.Reference is { } id && readings.TryGetValue(id, out var reading) =>
                item.RatingsByState.TryGetValue(reading.State, out var rated)
                    ? new ResolvedEvidence(item, reading.Text, reading.State, Complete(rated, none), reading.EventIds, reading.BaselineEventIds)
                    : new ResolvedEvidence(item, $"{reading.Text} The matrix gives no ratings for this reading, so the item does not count.", reading.State, none, reading.EventIds, reading.BaselineEventIds),
            EvidenceKind.Indicator =>
                new ResolvedEvidence(item, $"Indicator '{item.Reference}' has no reading.", null, none, []),
            _ => new ResolvedEvidence(item, item.Text, null, Complete(item.Ratings, none), []),
        }).ToList();
    }

    private static Dictionary<string, AchRating> Complete(IReadOnlyDictionary<string, AchRating> ratings, Dictionary<string, AchRating> none) =>
        none.ToDictionary(h => h.Key, h => ratings.TryGetValue(h.Key, out var r) ? r : AchRating.NA, StringComparer.Ordinal);
}
