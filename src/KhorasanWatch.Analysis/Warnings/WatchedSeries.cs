using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// A count series the detectors watch: its id (a contract), what a report calls it, which events it
/// counts, and whether those are some of the watched actor's attacks (<see cref="OfAttacks"/>: the
/// null model of <see cref="Family.NullModel"/> draws them by thinning the attacks, so that nested
/// series stay as correlated as they are).
/// </summary>
public sealed record WatchedSeries(string Id, string Singular, string Plural, Func<ConflictEvent, bool> Counts, bool OfAttacks = true)
{
    /// <summary>The series of the seed paper's indicators that are counts of events, as displayed.</summary>
    public static IReadOnlyList<WatchedSeries> For(IndicatorRules rules) =>
    [
        new("attacks", "attack", "attacks", IndicatorRules.IsAttack),
        new("mass_casualty_attacks", "mass-casualty attack", "mass-casualty attacks", IndicatorRules.IsMassCasualty),
        new("suicide_attacks", "suicide attack", "suicide attacks", IndicatorRules.IsSuicide),
        new("outside_home_attacks", $"attack outside {rules.HomeCountryName}", $"attacks outside {rules.HomeCountryName}", rules.IsOutsideHome),
        new("attacks_on_westerners", "attack on Westerners or foreigners", "attacks on Westerners or foreigners", IndicatorRules.IsOnWesterners),
        new("attacks_on_adversary", "attack on the Taliban", "attacks on the Taliban", IndicatorRules.IsOnAdversary),
        new("adversary_operations", "Taliban operation against the group", "Taliban operations against the group", rules.IsAdversaryOperation, OfAttacks: false),
        new("engagements", "engagement with no initiator recorded", "engagements with no initiator recorded", IndicatorRules.IsEngagement, OfAttacks: false),
        new("strikes_on_civilians", "foreign strike hitting civilians", "foreign strikes hitting civilians", rules.IsStrikeOnCivilians, OfAttacks: false),
    ];

    /// <summary>
    /// The series as the detectors count them over <paramref name="from"/> to <paramref name="to"/>:
    /// as displayed, except that a series of attacks on one target category counts, when a relabelling
    /// day of <see cref="IndicatorRules.Successions"/> falls inside the span, every category that
    /// takes over from it there (attacks on the Taliban with those on the Afghan Republic's forces
    /// across 15 August 2021), and the operations against the group count the state's forces
    /// whoever held the state (<see cref="IndicatorRules.IsStateOperation"/>: the Republic's before
    /// the Taliban took it, the Taliban's after) when that day falls inside the span, so no detector
    /// compares across a change of label or of regime.
    /// </summary>
    public static IReadOnlyList<WatchedSeries> ForDetection(IndicatorRules rules, DateOnly from, DateOnly to) =>
        For(rules).Select(s => s.Id switch
        {
            "attacks_on_adversary" => OnCategory(s, TargetCategory.Taliban, rules.Successions.CountedWith(TargetCategory.Taliban, from, to)),
            "attacks_on_westerners" => OnCategory(s, TargetCategory.WesternersForeigners, rules.Successions.CountedWith(TargetCategory.WesternersForeigners, from, to)),
            "adversary_operations" => ByTheState(s, rules, from, to),
            _ => s,
        }).ToList();

    private static WatchedSeries ByTheState(WatchedSeries shown, IndicatorRules rules, DateOnly from, DateOnly to)
    {
        if (rules.StateTakenOn is not { } day || rules.FormerStateId is null || day <= from || day > to)
        {
            return shown;
        }

        return shown with
        {
            Counts = rules.IsStateOperation,
            Relabelled = $"{shown.Id}: counted as operations against the group by the state's forces, whoever held the state " +
                $"(the former state's before {Figures.Day(day)}, the Taliban's from that day), because the state changed hands inside the window, " +
                "so that no detector sees a change of regime as a change of tempo.",
        };
    }

    private static WatchedSeries OnCategory(WatchedSeries shown, TargetCategory category, IReadOnlySet<TargetCategory> counted)
    {
        if (counted.Count == 1)
        {
            return shown;
        }

        var others = counted.Where(c => c != category).Select(c => c.Describe()).Order(StringComparer.Ordinal);
        return shown with
        {
            Counts = e => IndicatorRules.IsAttack(e) && e.TargetCategory is { } c && counted.Contains(c),
            Relabelled = $"{shown.Id}: counted with attacks on {string.Join(" and on ", others)}, whose label changes on a relabelling day inside the window, so that no detector sees a change of label as a change of tempo.",
        };
    }

    /// <summary>Set when the detectors count this series with the categories that take over from it (<see cref="ForDetection"/>): the note that says so.</summary>
    public string? Relabelled { get; init; }

    public string Of(long count) => Figures.Count(count, Singular, Plural);
}
