using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Computes the indicators for each period over one region. Pure: the events (one record per real
/// event, see <see cref="DistinctEvents"/>) must reach back a year and a period before the first
/// period for the comparisons; the coverage start is the first day the data cover,
/// and a comparison whose baseline starts before it is left out rather than read as zero.
/// An event belongs to the period holding its first possible day.
/// </summary>
public static class IndicatorCalculator
{
    public static IReadOnlyList<PeriodIndicators> Compute(
        IEnumerable<ConflictEvent> events, IReadOnlyList<Period> periods, Region region, IndicatorRules rules, DateOnly coverageStart)
    {
        var list = events.Where(region.Contains).ToList();
        var timeline = new Timeline(list);
        // A period without attacks can say "0 suicide attacks" only if some loaded source records them.
        var actors = list.Where(e => IndicatorRules.IsInvolved(e) || IndicatorRules.IsUncertain(e)).ToList();
        var recorded = new Recorded(
            actors.Any(e => SourceCoverage.Of(e.Source).RecordsSuicide),
            actors.Any(e => !string.IsNullOrWhiteSpace(e.Notes)),
            list.Any(e => e.Dataset is null && SourceCoverage.Of(e.Source).RecordsStrikes),
            IndicatorRules.RecordsOtherEvents(list));
        return periods.Select(p => ForPeriod(timeline, p, rules, coverageStart, recorded)).ToList();
    }

    private static PeriodIndicators ForPeriod(Timeline timeline, Period period, IndicatorRules rules, DateOnly coverageStart, Recorded recorded)
    {
        var all = timeline.In(period);
        var involved = all.Where(IndicatorRules.IsInvolved).ToList();
        var attacks = involved.Where(IndicatorRules.IsAttack).ToList();
        var uncertain = all.Where(IndicatorRules.IsUncertain).ToList();
        var attacksHigh = attacks.Concat(uncertain.Where(AttributionBounds.IsPossibleAttack)).ToList();
        var trailing = period.TrailingYear();
        var trailingAttacks = trailing.Start >= coverageStart ? timeline.In(trailing).Where(IndicatorRules.IsAttack).ToList() : null;

        return new PeriodIndicators
        {
            Period = period,
            Events = Tally.Of(involved),
            Attacks = Tally.Of(attacks),
            Uncertain = Tally.Of(uncertain),
            ImpreciseDates = involved.Concat(uncertain).Count(e => e.Date.End > period.End),
            Fatalities = FatalityTotals.Of(attacks),
            AttacksHigh = Tally.Of(attacksHigh),
            FatalitiesHigh = FatalityTotals.Of(attacksHigh),
            Tempo = new Tempo(
                Compare(timeline, attacks.Count, period, period.YearEarlier(), coverageStart),
                Compare(timeline, attacks.Count, period, period.Previous(), coverageStart)),
            Targets = TargetsOf(attacks, trailingAttacks),
            Spread = SpreadOf(attacks, trailingAttacks, rules),
            Fight = FightOf(all, attacks, rules) with { Recorded = recorded.OtherEvents },
            Engagements = Engagements.Of(involved),
            Scale = ScaleOf(attacks, recorded),
            Strikes = StrikesOf(all, rules) with { Recorded = recorded.Strikes },
        };
    }

    /// <summary>Null when the baseline starts before the data, or overlaps the period (a window longer than a year against a year earlier).</summary>
    private static RateComparison? Compare(Timeline timeline, int attacks, Period period, Period baseline, DateOnly coverageStart) =>
        baseline.Start < coverageStart || baseline.End >= period.Start
            ? null
            : RateRatio.Compare(attacks, period.Days, timeline.In(baseline).Count(IndicatorRules.IsAttack), baseline.Days);

    private static TargetMix TargetsOf(List<ConflictEvent> attacks, List<ConflictEvent>? trailingAttacks)
    {
        var counts = TargetCategories.All.ToDictionary(c => c, c => Tally.Of(attacks.Where(e => (e.TargetCategory ?? TargetCategory.Unknown) == c)));
        if (trailingAttacks is null)
        {
            return new TargetMix(counts, shiftAgainstTrailingYear: null);
        }

        var baseline = TargetCategories.All.Select(c => trailingAttacks.Count(e => (e.TargetCategory ?? TargetCategory.Unknown) == c)).ToList();
        var current = TargetCategories.All.Select(c => counts[c].Count).ToList();
        return new TargetMix(counts, () => CategoryShift.Test(current, baseline));
    }

    private static Spread SpreadOf(List<ConflictEvent> attacks, List<ConflictEvent>? trailingAttacks, IndicatorRules rules)
    {
        var provinces = ByProvince(attacks);
        List<ProvinceKey>? fresh = null;
        if (trailingAttacks is not null)
        {
            var before = ByProvince(trailingAttacks);
            fresh = provinces.Keys.Where(k => !before.ContainsKey(k)).ToList();
        }

        var outside = attacks.Where(rules.IsOutsideHome)
            .GroupBy(e => e.Country, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Tally.Of(g), StringComparer.Ordinal);
        return new Spread(provinces, fresh, outside, Tally.Of(attacks.Where(IndicatorRules.IsOnWesterners))) { Unplaced = attacks.Count(e => e.Admin1 is null) };
    }

    private static Dictionary<ProvinceKey, Tally> ByProvince(IEnumerable<ConflictEvent> attacks) =>
        attacks.Where(e => e.Admin1 is not null)
            .GroupBy(e => new ProvinceKey(e.Country, e.Admin1!)) // Filtered to non-null on the line above.
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Country, StringComparer.Ordinal).ThenBy(g => g.Key.Province, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Tally.Of(g));

    private static AdversaryFight FightOf(List<ConflictEvent> all, List<ConflictEvent> attacks, IndicatorRules rules)
    {
        var operations = all.Where(rules.IsAdversaryOperation).ToList();
        var onAdversary = attacks.Where(IndicatorRules.IsOnAdversary).ToList();
        var clashes = all.Where(rules.IsClashWithAdversary).ToList();
        var byState = all.Where(rules.IsStateOperation).ToList();
        return new AdversaryFight(
            Tally.Of(operations), FatalityTotals.Of(operations), Tally.Of(onAdversary), FatalityTotals.Of(onAdversary), Tally.Of(clashes), FatalityTotals.Of(clashes))
        {
            StateOperations = Tally.Of(byState),
            StateOperationDeaths = FatalityTotals.Of(byState),
        };
    }

    private static Scale ScaleOf(List<ConflictEvent> attacks, Recorded recorded)
    {
        var known = attacks.Where(e => e.Fatalities.Best is not null).ToList();
        double? Mean(Func<ConflictEvent, int> deaths) => known.Count == 0 ? null : known.Average(deaths);
        return new Scale(
            Mean(e => e.Fatalities.Best ?? 0),
            Mean(e => e.Fatalities.Low ?? e.Fatalities.Best ?? 0),
            Mean(e => e.Fatalities.High ?? e.Fatalities.Best ?? 0),
            Tally.Of(attacks.Where(IndicatorRules.IsMassCasualty)),
            Tally.Of(attacks.Where(IndicatorRules.IsSuicide)),
            Tally.Of(attacks.Where(IndicatorRules.IsComplex)))
        {
            SuicideRecorded = attacks.Count == 0 ? recorded.Suicide : attacks.Any(e => SourceCoverage.Of(e.Source).RecordsSuicide),
            ComplexRecorded = attacks.Count == 0 ? recorded.Complex : attacks.Any(e => !string.IsNullOrWhiteSpace(e.Notes)),
        };
    }

    private static StrikeHarm StrikesOf(List<ConflictEvent> all, IndicatorRules rules)
    {
        var strikes = all.Where(rules.IsForeignStrike).ToList();
        var onCivilians = strikes.Where(rules.IsStrikeOnCivilians).ToList();
        return new StrikeHarm(Tally.Of(strikes), FatalityTotals.Of(strikes), Tally.Of(onCivilians), FatalityTotals.Of(onCivilians));
    }

    /// <summary>Whether the loaded sources record suicide attacks, describe attacks (so a complex one could be named), and code air and drone strikes at all.</summary>
    private readonly record struct Recorded(bool Suicide, bool Complex, bool Strikes, bool OtherEvents);
}
