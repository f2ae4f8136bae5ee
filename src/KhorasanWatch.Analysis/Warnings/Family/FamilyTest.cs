namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>What a test of the family looks at.</summary>
public enum TestKind
{
    Cusum,
    ChangePoint,
    YearOnYear,
    Last12Months,
    NewProvinces,
    NewCountries,
    TargetMix,
}

/// <summary>
/// One test of a family: its kind, the watched series it reads (an index into the series, −1 for
/// the tests of places and targets), whether it looks for a rise (the headline's family) or a fall
/// (the declines'), and its share of the family's false-alarm rate (<see cref="Weight"/>, relative).
/// </summary>
public sealed record FamilyTest(TestKind Kind, int Series, bool Rise, double Weight)
{
    /// <summary>The detector's id in the output (a contract).</summary>
    public string Detector => Kind switch
    {
        TestKind.Cusum => "cusum",
        TestKind.ChangePoint => "change_point",
        TestKind.YearOnYear => "rate_ratio_year_on_year",
        TestKind.Last12Months => "rate_ratio_last_12_months",
        TestKind.TargetMix => "category_shift",
        _ => "new_place",
    };

    public bool IsCusum => Kind == TestKind.Cusum;
}
