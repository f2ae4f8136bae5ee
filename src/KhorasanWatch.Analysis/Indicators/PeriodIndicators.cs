using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// The seed paper's "things to monitor" for one period and region, each count with the events
/// behind it. <see cref="Events"/> are events the source is certain involve the watched actor, in any
/// role; <see cref="Attacks"/> the subset it carried out; <see cref="Uncertain"/> the events whose
/// attribution the source leaves open, never included in the other two.
/// </summary>
public sealed record PeriodIndicators
{
    public required Period Period { get; init; }

    public required Tally Events { get; init; }

    public required Tally Attacks { get; init; }

    public required Tally Uncertain { get; init; }

    /// <summary>Counted events whose date the source knows less precisely than the period (placed by their first possible day).</summary>
    public required int ImpreciseDates { get; init; }

    /// <summary>Deaths in the watched actor's attacks.</summary>
    public required FatalityTotals Fatalities { get; init; }

    public required Tempo Tempo { get; init; }

    public required TargetMix Targets { get; init; }

    public required Spread Spread { get; init; }

    public required AdversaryFight Fight { get; init; }

    public required Scale Scale { get; init; }

    public required StrikeHarm Strikes { get; init; }
}

/// <summary>
/// Attacks against the same days a year earlier and against the window just before, as exact rate
/// ratios; null where the data do not reach back that far (a missing baseline is not a zero), and
/// year-on-year null for a window longer than a year, which would overlap its own baseline.
/// </summary>
public sealed record Tempo(RateComparison? YearOnYear, RateComparison? PeriodOnPeriod);

/// <summary>Attacks per target category, and the test of whether the mix shifted against the trailing twelve months.</summary>
public sealed record TargetMix(IReadOnlyDictionary<TargetCategory, Tally> Counts, CategoryShiftResult? ShiftAgainstTrailingYear)
{
    public double Share(TargetCategory category)
    {
        var total = Counts.Values.Sum(t => t.Count);
        return total == 0 ? 0 : (double)Counts[category].Count / total;
    }
}

/// <summary>
/// Provinces (of any country) with attacks, those without an attack in the twelve months before
/// the period (null where the data do not cover those months), attacks outside the home country by
/// ISO3, and attacks on Westerners and foreigners anywhere.
/// </summary>
public sealed record Spread(
    IReadOnlyDictionary<ProvinceKey, Tally> Provinces,
    IReadOnlyList<ProvinceKey>? NewProvinces,
    IReadOnlyDictionary<string, Tally> OutsideHome,
    Tally OnWesterners);

/// <summary>A province as (ISO3 country, canonical name).</summary>
public readonly record struct ProvinceKey(string Country, string Province)
{
    public override string ToString() => $"{Province} ({Country})";
}

/// <summary>
/// The fight with the adversary (the Taliban): its operations against the watched actor, the watched
/// actor's attacks on it, and clashes where the source does not say who struck first, with the
/// deaths in each. Sources do not split deaths by side; these are all deaths in those events.
/// </summary>
public sealed record AdversaryFight(
    Tally AdversaryOperations, FatalityTotals AdversaryOperationDeaths, Tally AttacksOnAdversary, FatalityTotals AttackDeaths, Tally Clashes, FatalityTotals ClashDeaths);

/// <summary>
/// Scale, the paper's sign of funding: mean deaths per attack of known toll (best, and low–high
/// where sources give a range), mass-casualty attacks, suicide and complex attacks.
/// </summary>
public sealed record Scale(double? DeathsPerAttack, double? DeathsPerAttackLow, double? DeathsPerAttackHigh, Tally MassCasualty, Tally Suicide, Tally Complex);

/// <summary>Air and drone strikes by foreign forces, those the source records as hitting civilians, and the deaths in each.</summary>
public sealed record StrikeHarm(Tally Strikes, FatalityTotals StrikeDeaths, Tally OnCivilians, FatalityTotals CivilianStrikeDeaths);
