using KhorasanWatch.Analysis.Sharing;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// One sourced claim in the estimates register: a subject (manpower, funding, …), the claim in
/// words, an optional number — a value, a low–high range, or both — with its unit, the time it
/// describes and the day it was reported, its source and Admiralty grade, the organisation that owns
/// the entry, its TLP marking, and the claim it relays if it repeats another source. Claims are
/// never overwritten: a correction is a new <see cref="Version"/> of the same <see cref="Id"/>.
/// </summary>
public sealed record Claim
{
    public required string Id { get; init; }

    public int Version { get; init; } = 1;

    public required string Subject { get; init; }

    public required string Statement { get; init; }

    public double? Value { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public string? Unit { get; init; }

    public required ClaimTime RefersTo { get; init; }

    public required ClaimTime Reported { get; init; }

    public required ClaimSource Source { get; init; }

    public required AdmiraltyGrade Grade { get; init; }

    public required string Owner { get; init; }

    public TlpLevel Tlp { get; init; } = TlpLevel.Amber;

    /// <summary>The id of the claim this one repeats from another source, if it is a relay.</summary>
    public string? Relays { get; init; }

    public string? Notes { get; init; }

    /// <summary>
    /// What the claim says in one word, for a claim without a figure (funding "falling", popular
    /// support "against"): the value a matrix item rates it by (<see cref="ClaimFields.IsReading"/>); null when it gives none.
    /// </summary>
    public string? Reading { get; init; }

    public bool IsNumeric => Value is not null || Low is not null || High is not null;

    /// <summary>How long after the span a claim describes ends it still says where things are; after that it is stale.</summary>
    public const int CurrentForYears = 2;

    /// <summary>The span the claim describes ended more than <see cref="CurrentForYears"/> years before <paramref name="asOf"/>: it says where things were, not where they are.</summary>
    public bool IsStaleOn(DateOnly asOf) => IsStale(RefersTo.End, asOf);

    /// <summary>The staleness rule for any span ending on <paramref name="end"/>, written once (<see cref="SeriesPoint.IsStaleOn"/> uses it too).</summary>
    public static bool IsStale(DateOnly end, DateOnly asOf) => end < asOf.AddYears(-CurrentForYears);

    /// <summary>The claim's central figure: the value, else the middle of its range, else its one bound ("more than 3.5" is 3.5).</summary>
    public double? Estimate => Value ?? (Low, High) switch
    {
        ({ } l, { } h) => (l + h) / 2,
        ({ } l, null) => l,
        (null, { } h) => h,
        _ => null,
    };

    /// <summary>
    /// The range the claim allows: its low and high where given, else its value; a one-sided figure
    /// is open on the other side ("more than 3.5" allows 3.5 to ∞), so it agrees with any larger figure.
    /// </summary>
    public (double Low, double High)? Range => Estimate is null
        ? null
        : (Low ?? Value ?? double.NegativeInfinity, High ?? Value ?? double.PositiveInfinity);
}
