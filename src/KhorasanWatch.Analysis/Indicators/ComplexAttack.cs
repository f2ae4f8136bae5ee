using System.Text.RegularExpressions;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Whether a note describes a complex attack: the source says so ("complex attack"), or one sentence
/// of it names both a suicide or vehicle bomb and an armed assault (gunmen, storming, an assault),
/// as in "a car bomb at the gate … was followed by gunmen". Bounded to one sentence so that a note
/// recalling another attack, or a bombing in one sentence and a shooting elsewhere in the story,
/// does not pair them; a bombing alone or gunmen alone is not complex.
/// </summary>
internal static partial class ComplexAttack
{
    // A sentence can name both only if the whole note does, so most notes are settled by two scans, not a split.
    public static bool IsDescribedIn(string notes) =>
        SaysComplex().IsMatch(notes) ||
        (Bomb().IsMatch(notes) && Assault().IsMatch(notes) && Sentences().Split(notes).Any(s => Bomb().IsMatch(s) && Assault().IsMatch(s)));

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
