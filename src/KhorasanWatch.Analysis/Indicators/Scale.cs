using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Scale, the paper's sign of funding: mean deaths per attack of known toll (best, and low–high
/// where sources give a range), mass-casualty attacks, suicide and complex attacks.
/// </summary>
public sealed record Scale(double? DeathsPerAttack, double? DeathsPerAttackLow, double? DeathsPerAttackHigh, Tally MassCasualty, Tally Suicide, Tally Complex);
