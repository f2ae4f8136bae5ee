namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// The watched actor's engagements in a period: fights where it was a party and the source names no
/// initiator (UCDP's state-based and non-state dyads), with their deaths, split by what their text
/// says of who acted. Those read as its attacks are also counted among the period's attacks; those
/// read as operations against it are the other side's; the rest are undetermined.
/// </summary>
public sealed record Engagements(
    Tally All, FatalityTotals Deaths, Tally ActorAttacks, Tally OperationsAgainstActor, FatalityTotals OperationDeaths, Tally Undetermined, FatalityTotals UndeterminedDeaths)
{
    public static Engagements Of(IReadOnlyList<Events.ConflictEvent> involved)
    {
        var all = involved.Where(IndicatorRules.IsEngagement).ToList();
        var operations = all.Where(IndicatorRules.IsOperationAgainstActor).ToList();
        var undetermined = all.Where(IndicatorRules.IsUndeterminedEngagement).ToList();
        return new Engagements(
            Tally.Of(all),
            FatalityTotals.Of(all),
            Tally.Of(all.Where(IndicatorRules.IsAttack)),
            Tally.Of(operations),
            FatalityTotals.Of(operations),
            Tally.Of(undetermined),
            FatalityTotals.Of(undetermined));
    }
}
