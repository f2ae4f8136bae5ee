namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// The fight with the adversary (the Taliban): its operations against the watched actor, the watched
/// actor's attacks on it, and clashes where the source does not say who struck first, with the
/// deaths in each. Sources do not split deaths by side; these are all deaths in those events.
/// </summary>
public sealed record AdversaryFight(
    Tally AdversaryOperations, FatalityTotals AdversaryOperationDeaths, Tally AttacksOnAdversary, FatalityTotals AttackDeaths, Tally Clashes, FatalityTotals ClashDeaths)
{
    /// <summary>
    /// False when the loaded sources hold only the actor's attacks (<see cref="IndicatorRules.RecordsOtherEvents"/>):
    /// then the operations against it and the clashes are not recorded, not zero; its attacks on the adversary still are.
    /// </summary>
    public bool Recorded { get; init; } = true;

    /// <summary>Operations against the watched actor by the state's forces, whoever the state was (<see cref="IndicatorRules.IsStateOperation"/>).</summary>
    public Tally StateOperations { get; init; } = Tally.Of([]);

    public FatalityTotals StateOperationDeaths { get; init; } = FatalityTotals.Of([]);
}
