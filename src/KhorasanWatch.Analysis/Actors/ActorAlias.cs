using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Analysis.Actors;

/// <summary>
/// One way a source names an actor: an exact name or a fragment contained in the name (both
/// compared folded), optionally valid only in some countries (UCDP's "IS" is ISKP only in the
/// region) or dates (UCDP's "Government of Afghanistan" is the Taliban from 15 August 2021).
/// </summary>
public sealed record ActorAlias(string Text, bool Exact, IReadOnlySet<string>? Countries, DateOnly? From, DateOnly? Until)
{
    public string Folded { get; } = NameFolding.Fold(Text);

    public bool AppliesTo(string? countryIso3, DateOnly date) =>
        (Countries is null || (countryIso3 is not null && Countries.Contains(countryIso3))) &&
        (From is null || date >= From) &&
        (Until is null || date < Until);

    public bool Matches(string folded) => Exact ? folded == Folded : folded.Contains(Folded, StringComparison.Ordinal);
}
