using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// An analysis of competing hypotheses: the question, the hypotheses, the evidence items with their
/// ratings, and the weights the score uses — saved together, so every score can be traced.
/// </summary>
public sealed record AchMatrix(string Name, string Question, IReadOnlyList<Hypothesis> Hypotheses, IReadOnlyList<EvidenceItem> Items, AchWeights Weights)
{
    /// <summary>
    /// The same matrix with one rating changed: for an indicator item, the rating in one of its states,
    /// which must be given, and for a claim item rated by reading, in one of its readings, given as
    /// the state; for a claim by id or a note, the one rating, with no state (an item rated by band
    /// is changed by importing the matrix). When the rating is
    /// already in force (no rating counts as NA) this very matrix is returned, so nothing needs saving.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown item, hypothesis or state, or a state given or missing where it should not be.</exception>
    public AchMatrix Rate(string itemId, string hypothesisId, AchRating rating, string? state = null)
    {
        var item = Items.FirstOrDefault(i => i.Id == itemId) ?? throw new ArgumentException($"no evidence item '{itemId}' (items: {string.Join(", ", Items.Select(i => i.Id))})", nameof(itemId));
        if (Hypotheses.All(h => h.Id != hypothesisId))
        {
            throw new ArgumentException($"no hypothesis '{hypothesisId}' (hypotheses: {string.Join(", ", Hypotheses.Select(h => h.Id))})", nameof(hypothesisId));
        }

        EvidenceItem changed;
        if (item.Kind == EvidenceKind.Indicator || item.RatingsByReading.Count > 0)
        {
            var byState = item.Kind == EvidenceKind.Indicator ? item.RatingsByState : item.RatingsByReading;
            if (state is null || !byState.TryGetValue(state, out var inState))
            {
                throw new ArgumentException(item.Kind == EvidenceKind.Indicator
                    ? $"item '{itemId}' is an indicator: give the state to rate ({string.Join(", ", byState.Keys)})"
                    : $"item '{itemId}' is rated by its claims' reading: give the reading to rate as the state ({string.Join(", ", byState.Keys)})", nameof(state));
            }

            if (inState.GetValueOrDefault(hypothesisId, AchRating.NA) == rating)
            {
                return this;
            }

            var states = byState.ToDictionary(s => s.Key, s => s.Value);
            states[state] = new Dictionary<string, AchRating>(inState) { [hypothesisId] = rating };
            changed = item.Kind == EvidenceKind.Indicator ? item with { RatingsByState = states } : item with { RatingsByReading = states };
        }
        else if (item.Bands.Count > 0)
        {
            throw new ArgumentException($"item '{itemId}' is rated by the band its subject's latest figure falls in: change its bands' ratings with ach import", nameof(itemId));
        }
        else
        {
            if (state is not null)
            {
                throw new ArgumentException($"item '{itemId}' is a {WireNames.Kind(item.Kind)} item, rated the same in every state: rate it without a state", nameof(state));
            }

            if (item.Ratings.GetValueOrDefault(hypothesisId, AchRating.NA) == rating)
            {
                return this;
            }

            changed = item with { Ratings = new Dictionary<string, AchRating>(item.Ratings) { [hypothesisId] = rating } };
        }

        return this with { Items = Items.Select(i => i.Id == itemId ? changed : i).ToList() };
    }
}
