using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Analysis.Warnings.Family;

namespace Calibration;

/// <summary>`Calibration diagnose MEAN V K RUNS`: each test of the attacks series alone, on counts only (no store), for a doubling over the last K months.</summary>
internal static class Diagnose
{
    public static void Run(double mean, double v, int k, int runs, double factor = 2)
    {
        var series = WatchedSeries.For(IndicatorRules.Iskp);
        var layout = new WindowLayout(36, 24, new IndexRange(33, 36), new IndexRange(21, 24), new IndexRange(24, 36), new IndexRange(12, 24), new IndexRange(21, 33));
        var tests = FamilyTests.For(series, layout);
        var hits = new int[tests.Count];
        var familyHits = new int[tests.Count];
        var headline = 0;
        var oracle = 0;
        var scan = 0;
        var scanThreshold = Oracle.ScanThreshold(mean, v, 20_000);
        for (var r = 0; r < runs; r++)
        {
            var random = new Random(r);
            var counts = Enumerable.Range(0, 36).Select(t => History.Count(random, t >= 36 - k ? factor * mean : mean, v)).ToArray();
            oracle += Oracle.Detects(counts, k, mean, v) ? 1 : 0;
            scan += Oracle.ScanP(counts, mean, v) < scanThreshold ? 1 : 0;
            var data = new WindowData(counts.Select(c => Enumerable.Repeat(new Mark(1, 0, -1, 0), c).ToArray()).ToArray(), series.Where(s => !s.OfAttacks).Select(_ => new int[36]).ToArray());
            var result = FamilyCalibration.Run(data, series, layout, tests, new WarningOptions { Replicates = 999, Seed = r });
            var any = false;
            for (var j = 0; j < tests.Count; j++)
            {
                hits[j] += result.CalibratedP[j] <= 0.05 ? 1 : 0;
                familyHits[j] += result.FamilyP[j] <= 0.05 ? 1 : 0;
                any |= tests[j].Rise && result.FamilyP[j] <= 0.05;
            }

            headline += any ? 1 : 0;
        }

        Console.WriteLine($"oracle {oracle / (double)runs:P0}; scan oracle (start not known) {scan / (double)runs:P0}; headline {headline / (double)runs:P0}");
        for (var j = 0; j < tests.Count; j++)
        {
            if (tests[j].Series == 0)
            {
                Console.WriteLine($"{tests[j].Detector} rise={tests[j].Rise}: alone {hits[j] / (double)runs:P0}, family {familyHits[j] / (double)runs:P0}");
            }
        }
    }
}
