using KhorasanWatch.Analysis.Memo;

namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// A calibration's result in a memo (<see cref="IResultMemo"/>): its digest covers everything
/// <see cref="FamilyCalibration.Run"/> reads — the observed window's marks and counts, which series
/// count attacks, the layout, the tests, the replicates, the seed and the design ratio — so a result
/// found is the one the simulation would draw again.
/// </summary>
internal static class CalibrationMemo
{
    public static string Digest(WindowData observed, IReadOnlyList<WatchedSeries> series, WindowLayout layout, IReadOnlyList<FamilyTest> tests, WarningOptions options)
    {
        using var digest = new ResultDigest("family_calibration");
        digest.Add(observed.Periods).Add(observed.AttackCounts());
        foreach (var m in observed.AllAttacks)
        {
            digest.Add(m.Series).Add(m.Province).Add(m.Abroad).Add(m.Category);
        }

        digest.Add(observed.OtherCounts.Length);
        foreach (var counts in observed.OtherCounts)
        {
            digest.Add(counts);
        }

        digest.Add(observed.Bounds.Provinces).Add(observed.Bounds.Countries).Add(observed.Bounds.Categories);
        digest.Add(series.Count);
        foreach (var s in series)
        {
            digest.Add(s.Id).Add(s.OfAttacks);
        }

        digest.Add(layout.ToString()).Add(tests.Count);
        foreach (var t in tests)
        {
            digest.Add((int)t.Kind).Add(t.Series).Add(t.Rise).Add(t.Weight);
        }

        return digest.Add(options.Replicates).Add(options.Seed).Add(options.DesignRatio).Text();
    }

    public static byte[] Encode(FamilyResult result) => ResultBytes.Write(w =>
    {
        w.WriteDoubles(result.Statistics);
        w.WriteDoubles(result.CalibratedP);
        w.WriteDoubles(result.FamilyP);
        w.Write(result.Replicates);
        foreach (var rate in new[] { result.HeadlineWatch, result.HeadlineWarning, result.HeadlineAlert, result.CusumFalseWarnings, result.OtherFalseWatches, result.DeclineFalseWatches })
        {
            w.Write(rate);
        }
    });

    /// <summary>The result for <paramref name="tests"/> from its bytes; null when they do not hold one value per test.</summary>
    public static FamilyResult? Decode(byte[] bytes, IReadOnlyList<FamilyTest> tests) => ResultBytes.Read(bytes, r =>
    {
        var (statistics, calibrated, family) = (r.ReadDoubles(), r.ReadDoubles(), r.ReadDoubles());
        var replicates = r.ReadInt32();
        var result = new FamilyResult(tests, statistics, calibrated, family, replicates, r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble());
        return statistics.Length == tests.Count && calibrated.Length == tests.Count && family.Length == tests.Count ? result : null;
    });
}
