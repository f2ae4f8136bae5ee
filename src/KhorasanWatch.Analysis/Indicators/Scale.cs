namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Scale, the paper's sign of funding: mean deaths per attack of known toll (best, and low–high
/// where sources give a range), mass-casualty attacks, suicide and complex attacks. Where none of
/// the period's attacks comes from a source that records suicide attacks (UCDP does not), or none
/// has a description to name a complex attack in, that count is not recorded: <see cref="SuicideRecorded"/>
/// and <see cref="ComplexRecorded"/> are false and the count is unknown, not 0.
/// </summary>
public sealed record Scale(double? DeathsPerAttack, double? DeathsPerAttackLow, double? DeathsPerAttackHigh, Tally MassCasualty, Tally Suicide, Tally Complex)
{
    public bool SuicideRecorded { get; init; } = true;

    public bool ComplexRecorded { get; init; } = true;

    /// <summary>Why a count is not recorded, for a note beside it.</summary>
    public const string SuicideNotRecorded = "not recorded: no source of these attacks records suicide attacks (UCDP GED does not)";

    public const string ComplexNotRecorded = "not recorded: none of these attacks has a description to name a complex attack in";
}
