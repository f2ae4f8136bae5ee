namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// The tests that run on a window, in two families. Rises: for each watched series a CUSUM, a
/// change point and the two rate ratios; then new provinces, new countries abroad and the target
/// mix. Falls: the same four count tests, each looking down. Within a family the false-alarm rate
/// is shared by weight: the series of all attacks, the seed paper's first measure of tempo, holds
/// <see cref="AttacksShare"/> of the rises' rate; every other series and each test of places and
/// targets share the rest equally; within a series the CUSUM and the change point hold four parts
/// each and the two calendar comparisons one each. The share is a stated choice: it keeps
/// most of an oracle's power on the main series (bench/README.md, "Calibration") while every test
/// can still reach the headline.
/// </summary>
public static class FamilyTests
{
    public const double AttacksShare = 0.85;

    public static IReadOnlyList<FamilyTest> For(IReadOnlyList<WatchedSeries> series, WindowLayout layout)
    {
        var countKinds = new List<TestKind> { TestKind.Cusum, TestKind.ChangePoint };
        if (layout.Quarter is not null && layout.QuarterYearEarlier is not null)
        {
            countKinds.Add(TestKind.YearOnYear);
        }

        if (layout.Last12Months is not null && layout.Previous12Months is not null)
        {
            countKinds.Add(TestKind.Last12Months);
        }

        var places = layout.Quarter is not null && layout.BeforeQuarter is not null
            ? new[] { TestKind.NewProvinces, TestKind.NewCountries, TestKind.TargetMix }
            : [];
        var others = series.Count - 1 + places.Length;
        var tests = new List<FamilyTest>();
        for (var s = 0; s < series.Count; s++)
        {
            var share = s == 0 ? AttacksShare : (1 - AttacksShare) / others;
            tests.AddRange(countKinds.Select(k => new FamilyTest(k, s, Rise: true, share * Within(k) / countKinds.Sum(Within))));
        }

        tests.AddRange(places.Select(k => new FamilyTest(k, -1, Rise: true, (1 - AttacksShare) / others)));
        for (var s = 0; s < series.Count; s++)
        {
            tests.AddRange(countKinds.Select(k => new FamilyTest(k, s, Rise: false, Within(k) / countKinds.Sum(Within))));
        }

        return tests;
    }

    /// <summary>
    /// A series' share among its tests: the CUSUM and the change point, which find a change of any
    /// length in the monitored year, hold four parts each; the two fixed calendar comparisons, which
    /// see only a change that fills their window, one each.
    /// </summary>
    private static double Within(TestKind kind) => kind is TestKind.Cusum or TestKind.ChangePoint ? 4 : 1;
}
