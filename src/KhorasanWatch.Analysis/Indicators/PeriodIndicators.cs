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

    /// <summary>The high end of attribution (<see cref="AttributionBounds"/>): the attacks with those of uncertain attribution, and their deaths.</summary>
    public Tally AttacksHigh { get; init; } = Tally.Empty;

    public FatalityTotals FatalitiesHigh { get; init; } = new(0, 0, 0, 0);

    public required Tempo Tempo { get; init; }

    public required TargetMix Targets { get; init; }

    public required Spread Spread { get; init; }

    public required AdversaryFight Fight { get; init; }

    public required Engagements Engagements { get; init; }

    public required Scale Scale { get; init; }

    public required StrikeHarm Strikes { get; init; }
}
