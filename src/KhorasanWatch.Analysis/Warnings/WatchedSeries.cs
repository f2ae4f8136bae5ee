using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>A count series the detectors watch: its id (a contract), what a report calls it, and which events it counts.</summary>
public sealed record WatchedSeries(string Id, string Singular, string Plural, Func<ConflictEvent, bool> Counts)
{
    /// <summary>The series of the seed paper's indicators that are counts of events.</summary>
    public static IReadOnlyList<WatchedSeries> For(IndicatorRules rules) =>
    [
        new("attacks", "attack", "attacks", IndicatorRules.IsAttack),
        new("mass_casualty_attacks", "mass-casualty attack", "mass-casualty attacks", IndicatorRules.IsMassCasualty),
        new("suicide_attacks", "suicide attack", "suicide attacks", IndicatorRules.IsSuicide),
        new("outside_home_attacks", $"attack outside {rules.HomeCountryName}", $"attacks outside {rules.HomeCountryName}", rules.IsOutsideHome),
        new("attacks_on_westerners", "attack on Westerners or foreigners", "attacks on Westerners or foreigners", IndicatorRules.IsOnWesterners),
        new("attacks_on_adversary", "attack on the Taliban", "attacks on the Taliban", IndicatorRules.IsOnAdversary),
        new("adversary_operations", "Taliban operation against the group", "Taliban operations against the group", rules.IsAdversaryOperation),
        new("strikes_on_civilians", "foreign strike hitting civilians", "foreign strikes hitting civilians", rules.IsStrikeOnCivilians),
    ];

    public string Of(long count) => Figures.Count(count, Singular, Plural);
}
