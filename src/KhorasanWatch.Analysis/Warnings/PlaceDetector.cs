using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Analysis.Warnings.Family;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// Words the tests of where and at whom, in the last complete quarter against the twelve months
/// before it: attacks in provinces, and in countries outside the home country, with none in those
/// months; and a shift in the target mix (Pearson's chi-square, categories that take over from one
/// another counted as one). Each is judged, as the count tests are, against how often the store's
/// own place and target mix produce as much by chance (<see cref="NullModel"/>).
/// </summary>
internal static class PlaceDetector
{
    public static Warning Describe(Timeline timeline, DateOnly asOf, IndicatorRules rules, TestOutcome outcome)
    {
        var quarter = Indicators.Periods.LastComplete(asOf, PeriodKind.Quarter);
        var trailing = quarter.TrailingYear();
        var attacks = timeline.In(quarter).Where(IndicatorRules.IsAttack).ToList();
        var before = timeline.In(trailing).Where(IndicatorRules.IsAttack).ToList();
        return outcome.Test.Kind switch
        {
            TestKind.NewProvinces => New(attacks, before, e => e.Admin1 is null ? null : new ProvinceKey(e.Country, e.Admin1).ToString(), "new_provinces", ("province", "provinces"), quarter, outcome),
            TestKind.NewCountries => New(attacks.Where(rules.IsOutsideHome).ToList(), before, e => e.Country, "new_countries", ("country", "countries"), quarter, outcome),
            _ => MixShift(attacks, before, quarter, trailing, rules, outcome),
        };
    }

    private static Warning New(
        List<ConflictEvent> attacks, List<ConflictEvent> before, Func<ConflictEvent, string?> place, string indicator, (string One, string Many) noun, Period quarter, TestOutcome outcome)
    {
        var known = before.Select(place).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var fresh = attacks.Where(e => place(e) is { } p && !known.Contains(p)).ToList();
        var places = fresh.Select(place).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var statement =
            $"{Figures.Count(fresh.Count, "attack", "attacks")} in {places.Count} {(places.Count == 1 ? noun.One : noun.Many)} with none in the previous twelve months, in {quarter.Words}: " +
            $"{string.Join(", ", places)}; {outcome.Chance("as many attacks in places quiet for a year")}, given how often the store's own places fall quiet and return.";
        return outcome.Stamp(new Warning(indicator, "new_place", Direction.New, outcome.Level, null, null, null, null, quarter.End, quarter, statement, fresh.Select(e => e.Id).ToList()));
    }

    private static Warning MixShift(List<ConflictEvent> attacks, List<ConflictEvent> before, Period quarter, Period trailing, IndicatorRules rules, TestOutcome outcome)
    {
        TargetCategory Counted(ConflictEvent e) => rules.Successions.CountedWith(e.TargetCategory ?? TargetCategory.Unknown, trailing.Start, quarter.End).Min();
        int[] Counts(List<ConflictEvent> events) => TargetCategories.All.Select(c => events.Count(e => Counted(e) == c)).ToArray();

        var current = Counts(attacks);
        var baseline = Counts(before);
        var shift = CategoryShift.Test(current, baseline);
        var moved = shift is null ? [] : TargetCategories.All
            .Select((c, i) => (Category: c, Residual: shift.Residuals[i], Share: (double)current[i] / attacks.Count, Before: (double)baseline[i] / before.Count))
            .Where(m => Math.Abs(m.Residual) >= 2)
            .OrderByDescending(m => Math.Abs(m.Residual))
            .Select(m => $"{m.Category.Id()} {m.Before:P0} → {m.Share:P0}")
            .ToList();
        var statement =
            $"The target mix of {attacks.Count} attacks in {quarter.Words} differs from the {before.Count} of the previous twelve months " +
            $"(chi-square {outcome.Statistic:0.0}" + (shift is null ? "" : $", {shift.Degrees} df, {Figures.P(shift.P)} on its own") + ")" +
            (moved.Count > 0 ? $"; most moved: {string.Join("; ", moved)}" : "") + $"; {outcome.Chance("so large a shift")}.";
        return outcome.Stamp(new Warning("target_mix", "category_shift", Direction.Shift, outcome.Level, null, null, null, shift?.P, quarter.End, quarter, statement, attacks.Select(e => e.Id).ToList()));
    }
}
