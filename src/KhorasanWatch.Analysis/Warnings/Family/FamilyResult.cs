namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// What the calibration found for each test (in the order of <see cref="Tests"/>): its statistic,
/// its calibrated p-value (the share of replicates at least as extreme on that test alone) and its
/// family p-value; and, measured on the replicates, how often a headline reaches each level with
/// nothing changed, and how many tests of each kind would speak by chance.
/// </summary>
public sealed record FamilyResult(
    IReadOnlyList<FamilyTest> Tests,
    IReadOnlyList<double> Statistics,
    IReadOnlyList<double> CalibratedP,
    IReadOnlyList<double> FamilyP,
    int Replicates,
    double HeadlineWatch,
    double HeadlineWarning,
    double HeadlineAlert,
    double CusumFalseWarnings,
    double OtherFalseWatches,
    double DeclineFalseWatches);
