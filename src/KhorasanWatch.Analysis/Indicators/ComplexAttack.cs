using System.Text.RegularExpressions;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Whether a note describes a complex attack: the source says so ("complex attack"), or one sentence
/// of it names both a suicide or vehicle bomb and an armed assault (gunmen, storming, an assault),
/// as in "a car bomb at the gate … was followed by gunmen". Bounded to one sentence so that a note
/// recalling another attack, or a bombing in one sentence and a shooting elsewhere in the story,
/// does not pair them; a bombing alone or gunmen alone is not complex.
/// </summary>
public static partial class ComplexAttack
{
    // A sentence can name both only if the whole note does, so most notes are settled by two scans, not a split.
    public static bool IsDescribedIn(string notes) =>
        SaysComplex().IsMatch(notes) ||
        (Bomb().IsMatch(notes) && Assault().IsMatch(notes) && Sentences().Split(notes).Any(s => Bomb().IsMatch(s) && Assault().IsMatch(s)));

    /// <summary>
    /// What the analysis reads of an event's notes, and nothing more: whether there are any (a source
    /// that records text can say "0 complex attacks") and whether they describe a complex attack.
    /// Notes that do are kept whole, empty ones as they are, and every other note becomes
    /// <see cref="TextNotDescribingComplex"/>: the watched actor's events are held in memory for
    /// every read, and with their notes whole the snapshot written after an ingest of 301,278 ISKP
    /// events peaked at 993 MB (591 MB without). The full text stays in the store (<c>events</c> lists it).
    /// </summary>
    public static string? AsTheAnalysisReadsThem(string? notes) =>
        string.IsNullOrWhiteSpace(notes) || IsDescribedIn(notes) ? notes : TextNotDescribingComplex;

    /// <summary>Stands for notes that describe no complex attack, once the text is not needed.</summary>
    public const string TextNotDescribingComplex = "(text held in the store)";

    [GeneratedRegex(@"\bcomplex attack", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysComplex();

    /// <summary>A full stop, question or exclamation mark followed by a space: the end of a sentence.</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Sentences();

    [GeneratedRegex(@"\bsuicide[- ](bomb(er|ers|ing|ings)?|blast|attackers?|vests?|car)\b|\b(car|truck|vehicle)[- ]bombs?\b|\bvehicle[- ]borne\b|\bVBIEDs?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bomb();

    [GeneratedRegex(@"\bgunm[ae]n\b|\barmed (men|attackers)\b|\bstorm(ed|ing)\b|\bassault\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Assault();
}
