namespace KhorasanWatch.Analysis.Targets;

/// <summary>
/// What a source tells about the target of an attack: the resolved actor ids of the target side
/// (ACLED actor2 and associated actors, UCDP side B, GTD's named target group), the target's own
/// words (actor names, GTD target type and target), and the free-text notes or summary.
/// </summary>
public sealed record TargetEvidence(
    DateOnly Date,
    string? Country,
    IReadOnlyCollection<string> TargetActorIds,
    string TargetText,
    string Notes);
