namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// How loudly a warning speaks. The rule that sets it is <see cref="Family.FamilyLevels.For"/>, from
/// the family-wise p; docs/warnings.md defines each level for analysts.
/// </summary>
public enum WarningLevel
{
    None,
    Watch,
    Warning,
    Alert,
}
