using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// Where and at whom, in the last complete quarter against the twelve months before it: provinces
/// attacked with no attack there in those months (<c>watch</c>), countries outside the home country
/// attacked likewise (<c>warning</c>), and a shift in the target mix (the chi-square test of
/// <see cref="CategoryShift"/>, leveled by its p-value).
/// </summary>
internal static class PlaceDetector
{
    public static void Run(Timeline timeline, DateOnly asOf, DateOnly coverageStart, IndicatorRules rules, Findings findings)
    {
        var quarter = Indicators.Periods.LastComplete(asOf, PeriodKind.Quarter);
        var trailing = quarter.TrailingYear();
        if (trailing.Start < coverageStart)
        {
            findings.Notes.Add($"places and targets: need data from {trailing.Start:yyyy-MM-dd}; the data start on {coverageStart:yyyy-MM-dd}.");
            return;
        }

        var attacks = timeline.In(quarter).Where(IndicatorRules.IsAttack).ToList();
        var before = timeline.In(trailing).Where(IndicatorRules.IsAttack).ToList();
        New(attacks, before, e => e.Admin1 is null ? null : new ProvinceKey(e.Country, e.Admin1).ToString(), "new_provinces", ("province", "provinces"), WarningLevel.Watch, quarter, findings);
        New(attacks.Where(rules.IsOutsideHome).ToList(), before, e => e.Country, "new_countries", ("country", "countries"), WarningLevel.Warning, quarter, findings);
        findings.Tested(MixShift(attacks, before, quarter, trailing));
    }

    private static void New(
        List<ConflictEvent> attacks, List<ConflictEvent> before, Func<ConflictEvent, string?> place, string indicator, (string One, string Many) noun, WarningLevel level, Period quarter, Findings findings)
    {
        var known = before.Select(place).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var fresh = attacks.Where(e => place(e) is { } p && !known.Contains(p)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var places = fresh.Select(place).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var statement =
            $"Attacks in {places.Count} {(places.Count == 1 ? noun.One : noun.Many)} with none in the previous twelve months, in {quarter.Words}: {string.Join(", ", places)}.";
        findings.Warnings.Add(new Warning(indicator, "new_place", Direction.New, level, null, null, null, null, quarter.End, quarter, statement, fresh.Select(e => e.Id).ToList()));
    }

    private static Warning? MixShift(List<ConflictEvent> attacks, List<ConflictEvent> before, Period quarter, Period trailing)
    {
        static int[] Counts(List<ConflictEvent> events) =>
            TargetCategories.All.Select(c => events.Count(e => (e.TargetCategory ?? TargetCategory.Unknown) == c)).ToArray();

        var current = Counts(attacks);
        var baseline = Counts(before);
        var shift = CategoryShift.Test(current, baseline);
        if (shift is null)
        {
            return null;
        }

        var moved = TargetCategories.All
            .Select((c, i) => (Category: c, Residual: shift.Residuals[i], Now: current[i], Share: (double)current[i] / attacks.Count, Before: (double)baseline[i] / before.Count))
            .Where(m => Math.Abs(m.Residual) >= 2)
            .OrderByDescending(m => Math.Abs(m.Residual))
            .Select(m => $"{m.Category.Id()} {m.Before:P0} → {m.Share:P0}")
            .ToList();
        var statement =
            $"The target mix of {attacks.Count} attacks in {quarter.Words} differs from the {before.Count} of the previous twelve months " +
            $"(chi-square {shift.Statistic:0.0}, {shift.Degrees} df, {Figures.P(shift.P)}, {shift.Method.Replace('_', '-')})" +
            (moved.Count > 0 ? $"; most moved: {string.Join("; ", moved)}." : ".");
        var level = WarningLevels.For(Direction.Shift, shift.P, null);
        return new Warning("target_mix", "category_shift", Direction.Shift, level, null, null, null, shift.P, quarter.End, quarter, statement, attacks.Select(e => e.Id).ToList());
    }
}
