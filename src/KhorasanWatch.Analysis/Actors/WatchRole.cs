namespace KhorasanWatch.Analysis.Actors;

/// <summary>The watched actor's part in an event.</summary>
public enum WatchRole
{
    /// <summary>The watched actor is not in the event.</summary>
    None,
    /// <summary>The watched actor carried out the attack (ACLED side 1, GTD perpetrator, UCDP one-sided side A).</summary>
    Perpetrator,
    /// <summary>Someone else acted against the watched actor (it is ACLED side 2, or UCDP side B of a one-sided event is impossible).</summary>
    Target,
    /// <summary>The watched actor is one of two fighting sides where the source does not say who started (UCDP dyads), or an associated actor.</summary>
    Party,
}
