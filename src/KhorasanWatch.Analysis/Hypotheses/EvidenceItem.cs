namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// A row of the matrix. A claim item names a claim of the register (<see cref="Reference"/> is its
/// id), or a <see cref="Subject"/> of the register whose latest independent claim is rated by the
/// band its figure falls in (<see cref="Bands"/>) or, for claims without a figure, by its reading
/// (<see cref="RatingsByReading"/>), so a new estimate moves the matrix; an indicator
/// item names an indicator reading and rates each hypothesis per state the reading can be in
/// (<see cref="RatingsByState"/>: "up", "flat", "down" …), so the matrix follows the data; a note is
/// the analyst's text. Credibility and relevance weight the item's inconsistencies. Items of one
/// <see cref="Group"/> read the same events and count once (<see cref="AchScoring"/>).
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

    /// <summary>The register's subject whose latest independent claim this item rates by <see cref="Bands"/> (instead of a fixed <see cref="Reference"/>).</summary>
    public string? Subject { get; init; }

    /// <summary>The unit the subject's claims must be in to be rated ("fighters"); null takes any.</summary>
    public string? Unit { get; init; }

    /// <summary>Figure bands, in order, each with its ratings, for a <see cref="Subject"/> item.</summary>
    public IReadOnlyList<ClaimBand> Bands { get; init; } = [];

    /// <summary>
    /// Reading → (hypothesis id → rating), for a <see cref="Subject"/> item whose claims carry no
    /// figure: the subject's latest independent claim with a reading is rated by its word ("falling",
    /// "steady", "rising" for funding), so a new claim that reads otherwise moves the matrix.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, AchRating>> RatingsByReading { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, AchRating>>();

    /// <summary>Items that read the same events share a group and count once; null: the item is its own group.</summary>
    public string? Group { get; init; }

    /// <summary>Reading state → (hypothesis id → rating), for indicators.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, AchRating>> RatingsByState { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, AchRating>>();
}
