namespace KhorasanWatch.Analysis.Events;

/// <summary>
/// What a source records, as data, so that a figure no loaded source records reads "not recorded",
/// never 0. <see cref="RecordsInitiator"/>: whether, when the watched actor fights another armed
/// side, the source says who attacked (UCDP's state-based and non-state dyads do not: only its
/// one-sided events name who acted). <see cref="RecordsSuicide"/>: a suicide-attack flag or type.
/// <see cref="RecordsFatalityRange"/>: a low and high estimate beside the best. <see cref="LethalOnly"/>:
/// events without a death are outside the source (UCDP's threshold of one death).
/// </summary>
public sealed record SourceCoverage(EventSource Source, bool RecordsInitiator, bool RecordsSuicide, bool RecordsFatalityRange, bool LethalOnly)
{
    public static SourceCoverage Acled { get; } = new(EventSource.Acled, RecordsInitiator: true, RecordsSuicide: true, RecordsFatalityRange: false, LethalOnly: false);

    public static SourceCoverage Ucdp { get; } = new(EventSource.Ucdp, RecordsInitiator: false, RecordsSuicide: false, RecordsFatalityRange: true, LethalOnly: true);

    public static SourceCoverage Gtd { get; } = new(EventSource.Gtd, RecordsInitiator: true, RecordsSuicide: true, RecordsFatalityRange: false, LethalOnly: false);

    public static SourceCoverage Of(EventSource source) => source switch
    {
        EventSource.Acled => Acled,
        EventSource.Ucdp => Ucdp,
        EventSource.Gtd => Gtd,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>The source names who acted in this event: always where it records initiators, else only in one-sided violence.</summary>
    public static bool NamesInitiator(ConflictEvent e) =>
        Of(e.Source).RecordsInitiator || e.EventType == EventType.ViolenceAgainstCivilians;
}
