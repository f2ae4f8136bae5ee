namespace KhorasanWatch.Analysis.Actors;

/// <summary>
/// How sure the source is that the watched actor was involved. ACLED's
/// "Taliban and/or Islamic State Khorasan Province (ISKP)" is <see cref="Uncertain"/>: kept and
/// shown, never silently counted as the watched actor's.
/// </summary>
public enum Attribution
{
    /// <summary>The watched actor is not involved at all.</summary>
    None,
    Certain,
    Uncertain,
}
