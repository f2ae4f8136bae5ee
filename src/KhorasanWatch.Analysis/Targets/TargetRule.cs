using System.Text.RegularExpressions;

namespace KhorasanWatch.Analysis.Targets;

/// <summary>
/// One line of the target classifier: the category it assigns when the target side names one of
/// <see cref="Actors"/> or the target text matches one of <see cref="Keywords"/>, within the
/// rule's countries and dates. Rules are tried in profile order; the first that fires wins.
/// </summary>
public sealed record TargetRule(
    TargetCategory Category,
    IReadOnlySet<string> Actors,
    IReadOnlyList<Regex> Keywords,
    IReadOnlySet<string>? Countries,
    IReadOnlySet<string>? NotCountries,
    DateOnly? From,
    DateOnly? Until)
{
    public bool AppliesTo(string? countryIso3, DateOnly date) =>
        (Countries is null || (countryIso3 is not null && Countries.Contains(countryIso3))) &&
        (NotCountries is null || countryIso3 is null || !NotCountries.Contains(countryIso3)) &&
        (From is null || date >= From) &&
        (Until is null || date < Until);
}
