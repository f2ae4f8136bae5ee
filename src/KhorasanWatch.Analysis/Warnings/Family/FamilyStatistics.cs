using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// The statistic of every test of a family on one window, larger meaning more evidence of what the
/// test looks for. The same code reads the store and each simulated replicate, so the simulated
/// distribution is that of exactly these numbers. Count tests are standardised by their series'
/// baseline (<see cref="BaselineFit"/>): the CUSUM on (x − k)/√(φμ), the change point's and rate
/// ratios' likelihood-ratio statistics divided by φ.
/// </summary>
public static class FamilyStatistics
{
    public static double[] Compute(WindowData data, IReadOnlyList<WatchedSeries> series, WindowLayout layout, IReadOnlyList<FamilyTest> tests, double designRatio)
    {
        var counts = data.SeriesCounts(series);
        var fits = counts.Select(c => BaselineFit.Of(c.AsSpan(0, layout.Baseline))).ToArray();
        var result = new double[tests.Count];
        for (var j = 0; j < tests.Count; j++)
        {
            var test = tests[j];
            result[j] = test.Kind switch
            {
                TestKind.Cusum => CusumNow(counts[test.Series], layout.Baseline, fits[test.Series], test.Rise, designRatio),
                // The change must start in the monitored periods: the warnings speak of now, and a change further back was news in an earlier run.
                TestKind.ChangePoint => ChangePoint.Strongest(counts[test.Series], test.Rise, layout.Baseline).LikelihoodRatio / fits[test.Series].Dispersion,
                TestKind.YearOnYear => Signed(RateStatistic(counts[test.Series], layout.Quarter!.Value, layout.QuarterYearEarlier!.Value, fits[test.Series]), test.Rise),
                TestKind.Last12Months => Signed(RateStatistic(counts[test.Series], layout.Last12Months!.Value, layout.Previous12Months!.Value, fits[test.Series]), test.Rise),
                TestKind.NewProvinces => NewPlaces(data, layout, m => m.Province, data.Bounds.Provinces),
                TestKind.NewCountries => NewPlaces(data, layout, m => m.Abroad, data.Bounds.Countries),
                _ => MixShift(data, layout),
            };
        }

        return result;
    }

    /// <summary>The CUSUM's path over the monitored periods (after the baseline), standardised; a rise's or a fall's.</summary>
    public static double[] CusumPath(int[] counts, int baseline, BaselineFit fit, bool rise, double designRatio)
    {
        var mu0 = fit.Mean;
        var mu1 = rise ? mu0 * designRatio : mu0 / designRatio;
        var k = (mu1 - mu0) / Math.Log(mu1 / mu0);
        var scale = Math.Sqrt(fit.Dispersion * mu0);
        var path = new double[counts.Length - baseline];
        var s = 0.0;
        for (var t = baseline; t < counts.Length; t++)
        {
            var step = rise ? counts[t] - k : k - counts[t];
            s = Math.Max(0, s + (step / scale));
            path[t - baseline] = s;
        }

        return path;
    }

    /// <summary>Where the CUSUM stands at the last period: the strongest run ending now. A quiet baseline cannot fall.</summary>
    private static double CusumNow(int[] counts, int baseline, BaselineFit fit, bool rise, double designRatio) =>
        !rise && fit.Empty ? 0 : CusumPath(counts, baseline, fit, rise, designRatio)[^1];

    /// <summary>The signed root of the quasi-Poisson deviance of the current range's rate against the baseline range's: positive when the current rate is higher.</summary>
    private static double RateStatistic(int[] counts, IndexRange current, IndexRange baseline, BaselineFit fit)
    {
        long c = 0, b = 0;
        for (var t = current.Start; t < current.End; t++)
        {
            c += counts[t];
        }

        for (var t = baseline.Start; t < baseline.End; t++)
        {
            b += counts[t];
        }

        if (c + b == 0)
        {
            return 0;
        }

        var expectedCurrent = (c + b) * (double)current.Length / (current.Length + baseline.Length);
        var expectedBaseline = (c + b) - expectedCurrent;
        var deviance = 2 * (XLog(c, expectedCurrent) + XLog(b, expectedBaseline));
        return Math.Sign(c - expectedCurrent) * Math.Sqrt(Math.Max(0, deviance) / fit.Dispersion);
    }

    private static double Signed(double z, bool rise) => rise ? z : -z;

    /// <summary>Attacks in the quarter at places with none in the twelve months before it.</summary>
    private static double NewPlaces(WindowData data, WindowLayout layout, Func<Mark, int> place, int places)
    {
        var seen = places <= 256 ? stackalloc bool[places] : new bool[places];
        seen.Clear();
        foreach (var m in data.AttacksIn(layout.BeforeQuarter!.Value))
        {
            var p = place(m);
            if (p >= 0)
            {
                seen[p] = true;
            }
        }

        var fresh = 0;
        foreach (var m in data.AttacksIn(layout.Quarter!.Value))
        {
            var p = place(m);
            fresh += p >= 0 && !seen[p] ? 1 : 0;
        }

        return fresh;
    }

    /// <summary>
    /// Pearson's chi-square statistic of the quarter's target mix against the twelve months before
    /// it, summed over the categories in the order they first occur (the quarter's, then the year's).
    /// </summary>
    private static double MixShift(WindowData data, WindowLayout layout)
    {
        var k = data.Bounds.Categories;
        Span<int> quarter = k <= 128 ? stackalloc int[k] : new int[k];
        Span<int> before = k <= 128 ? stackalloc int[k] : new int[k];
        Span<int> order = k <= 128 ? stackalloc int[k] : new int[k];
        quarter.Clear();
        before.Clear();
        var seen = 0;
        var nq = Tally(data.AttacksIn(layout.Quarter!.Value), quarter, before, order, ref seen);
        var nb = Tally(data.AttacksIn(layout.BeforeQuarter!.Value), before, quarter, order, ref seen);
        if (nq == 0 || nb == 0)
        {
            return 0;
        }

        var chi = 0.0;
        foreach (var category in order[..seen])
        {
            var q = quarter[category];
            var b = before[category];
            var eq = (q + b) * (double)nq / (nq + nb);
            var eb = (q + b) - eq;
            chi += ((q - eq) * (q - eq) / eq) + ((b - eb) * (b - eb) / eb);
        }

        return chi;
    }

    /// <summary>Counts the attacks' categories into <paramref name="tally"/>, noting each category first seen in either tally; returns how many.</summary>
    private static int Tally(ReadOnlySpan<Mark> attacks, Span<int> tally, Span<int> other, Span<int> order, ref int seen)
    {
        foreach (var m in attacks)
        {
            if (tally[m.Category]++ == 0 && other[m.Category] == 0)
            {
                order[seen++] = m.Category;
            }
        }

        return attacks.Length;
    }

    private static double XLog(long x, double expected) => x == 0 ? 0 : x * Math.Log(x / expected);
}
