namespace KhorasanWatch.Analysis.Events;

/// <summary>
/// What a source records, as data, so that a figure no loaded source records reads "not recorded",
/// never 0. <see cref="RecordsInitiator"/>: whether, when the watched actor fights another armed
/// side, the source says who attacked (UCDP's state-based and non-state dyads do not: only its
/// one-sided events name who acted). <see cref="RecordsSuicide"/>: a suicide-attack flag or type.
/// <see cref="RecordsFatalityRange"/>: a low and high estimate beside the best. <see cref="LethalOnly"/>:
/// events without a death are outside the source (UCDP's threshold of one death). <see cref="FirstYear"/>:
/// the first year the source covers anywhere (ACLED 1997, its earliest countries; UCDP GED 1989; GTD
/// 1970): a row dated before it, or after today, is not a date the source can hold and is rejected
/// at ingest, naming <see cref="DateField"/>.
/// </summary>
public sealed record SourceCoverage(EventSource Source, bool RecordsInitiator, bool RecordsSuicide, bool RecordsFatalityRange, bool LethalOnly, int FirstYear, string DateField)
{
    public static SourceCoverage Acled { get; } = new(EventSource.Acled, RecordsInitiator: true, RecordsSuicide: true, RecordsFatalityRange: false, LethalOnly: false, 1997, "event_date");

    public static SourceCoverage Ucdp { get; } = new(EventSource.Ucdp, RecordsInitiator: false, RecordsSuicide: false, RecordsFatalityRange: true, LethalOnly: true, 1989, "date_start");

    public static SourceCoverage Gtd { get; } = new(EventSource.Gtd, RecordsInitiator: true, RecordsSuicide: true, RecordsFatalityRange: false, LethalOnly: false, 1970, "iyear");

    /// <summary>Why a date is one the source cannot hold (before its coverage, after <paramref name="today"/>), or null.</summary>
    public string? Refuses(EventDate date, DateOnly today) =>
        date.Start.Year < FirstYear ? $"{date.Start:yyyy-MM-dd} is before {Source.Code().ToUpperInvariant()}'s coverage, which starts in {FirstYear}"
        : date.Start > today ? $"{date.Start:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}); a source records events that happened"
        : null;

    public static SourceCoverage Of(EventSource source) => source switch
    {
        EventSource.Acled => Acled,
        EventSource.Ucdp => Ucdp,
        EventSource.Gtd => Gtd,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Whether the source codes air and drone strikes (ACLED's sub-event type); UCDP and GTD do not.</summary>
    public bool RecordsStrikes => Source == EventSource.Acled;

    /// <summary>The source names who acted in this event: always where it records initiators, else only in one-sided violence.</summary>
    public static bool NamesInitiator(ConflictEvent e) =>
        Of(e.Source).RecordsInitiator || e.EventType == EventType.ViolenceAgainstCivilians;
}
