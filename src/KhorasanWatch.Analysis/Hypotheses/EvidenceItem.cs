namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// A row of the matrix. A claim item names a claim of the register (<see cref="Reference"/> is its
/// id); an indicator item names an indicator reading and rates each hypothesis per state the reading
/// can be in (<see cref="RatingsByState"/>: "up", "flat", "down" …), so the matrix follows the data;
/// a note is the analyst's text. Credibility and relevance weight the item's inconsistencies.
/// </summary>
public sealed record EvidenceItem
{
    public required string Id { get; init; }

    public required EvidenceKind Kind { get; init; }

    public string? Reference { get; init; }

    public required string Text { get; init; }

    public WeightLevel Credibility { get; init; } = WeightLevel.Medium;

    public WeightLevel Relevance { get; init; } = WeightLevel.Medium;

    /// <summary>Hypothesis id → rating, for claims and notes.</summary>
    public IReadOnlyDictionary<string, AchRating> Ratings { get; init; } = new Dictionary<string, AchRating>();

    /// <summary>Reading state → (hypothesis id → rating), for indicators.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, AchRating>> RatingsByState { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, AchRating>>();
}
