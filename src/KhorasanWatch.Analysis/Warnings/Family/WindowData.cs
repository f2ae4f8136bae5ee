using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// A monitoring window reduced to what the family's tests read: per period, the attacks with their
/// marks and the counts of the series that are not attacks. The observed store and every simulated
/// replicate take this one form, so one function computes the statistics of both.
/// </summary>
public sealed class WindowData
{
    public WindowData(Mark[][] attacks, int[][] otherCounts)
    {
        Attacks = attacks;
        OtherCounts = otherCounts;
    }

    /// <summary>Per period, the attacks.</summary>
    public Mark[][] Attacks { get; }

    /// <summary>Per series that is not of attacks (in series order, skipping those of attacks), per period, the count.</summary>
    public int[][] OtherCounts { get; }

    public int Periods => Attacks.Length;

    /// <summary>The counts of every watched series, in series order, per period.</summary>
    public int[][] SeriesCounts(IReadOnlyList<WatchedSeries> series)
    {
        var counts = new int[series.Count][];
        var other = 0;
        for (var s = 0; s < series.Count; s++)
        {
            if (!series[s].OfAttacks)
            {
                counts[s] = OtherCounts[other++];
                continue;
            }

            var bit = 1 << s;
            counts[s] = new int[Periods];
            for (var t = 0; t < Periods; t++)
            {
                var n = 0;
                foreach (var m in Attacks[t])
                {
                    n += (m.Series & bit) != 0 ? 1 : 0;
                }

                counts[s][t] = n;
            }
        }

        return counts;
    }

    /// <summary>The store's window: attacks are the events of the first series (all attacks); ids are given in order of first sight.</summary>
    internal static WindowData Observed(MonitoringWindow window, Timeline timeline, IReadOnlyList<WatchedSeries> series, IndicatorRules rules)
    {
        var provinces = new Dictionary<string, int>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var categories = new Dictionary<Targets.TargetCategory, int>();
        var from = window.Periods[0].Start;
        var to = window.Periods[^1].End;
        int Id<T>(Dictionary<T, int> ids, T key) where T : notnull => ids.TryGetValue(key, out var id) ? id : ids[key] = ids.Count;
        var attacks = new Mark[window.Periods.Count][];
        var other = series.Where(s => !s.OfAttacks).Select(_ => new int[window.Periods.Count]).ToArray();
        for (var t = 0; t < window.Periods.Count; t++)
        {
            var events = timeline.In(window.Periods[t]);
            attacks[t] = events.Where(series[0].Counts).Select(e =>
            {
                var mask = 0;
                for (var s = 0; s < series.Count; s++)
                {
                    mask |= series[s].OfAttacks && series[s].Counts(e) ? 1 << s : 0;
                }

                // Categories that take over from one another inside the window share one id.
                var category = rules.Successions.CountedWith(e.TargetCategory ?? Targets.TargetCategory.Unknown, from, to).Min();
                return new Mark(
                    mask,
                    e.Admin1 is null ? -1 : Id(provinces, new ProvinceKey(e.Country, e.Admin1).ToString()),
                    rules.IsOutsideHome(e) ? Id(countries, e.Country) : -1,
                    Id(categories, category));
            }).ToArray();
            var o = 0;
            foreach (var s in series.Where(s => !s.OfAttacks))
            {
                other[o++][t] = events.Count(s.Counts);
            }
        }

        return new WindowData(attacks, other);
    }
}
