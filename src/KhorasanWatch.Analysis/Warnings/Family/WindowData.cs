using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// A monitoring window reduced to what the family's tests read: per period, the attacks with their
/// marks and the counts of the series that are not attacks. The observed store and every simulated
/// replicate take this one form, so one function computes the statistics of both. The attacks are
/// held in one array, period after period (a replicate is thousands of them, drawn two thousand
/// times a run), with where each period starts.
/// </summary>
public sealed class WindowData
{
    private readonly Mark[] _marks;
    private readonly int[] _starts;

    public WindowData(Mark[][] attacks, int[][] otherCounts)
        : this(attacks.SelectMany(a => a).ToArray(), Starts(attacks.Select(a => a.Length).ToArray()), otherCounts, MarkBounds.Of(attacks.SelectMany(a => a)))
    {
    }

    internal WindowData(Mark[] marks, int[] starts, int[][] otherCounts, MarkBounds bounds)
    {
        _marks = marks;
        _starts = starts;
        OtherCounts = otherCounts;
        Bounds = bounds;
    }

    /// <summary>Per period, the attacks (a copy: the tests read <see cref="AttacksIn(int)"/>).</summary>
    public Mark[][] Attacks => Enumerable.Range(0, Periods).Select(t => AttacksIn(t).ToArray()).ToArray();

    /// <summary>Per series that is not of attacks (in series order, skipping those of attacks), per period, the count.</summary>
    public int[][] OtherCounts { get; }

    public int Periods => _starts.Length - 1;

    /// <summary>One more than the largest province, country and category id among the marks.</summary>
    internal MarkBounds Bounds { get; }

    /// <summary>Every attack of the window, period after period.</summary>
    internal ReadOnlySpan<Mark> AllAttacks => _marks;

    /// <summary>The attacks of period <paramref name="t"/>.</summary>
    public ReadOnlySpan<Mark> AttacksIn(int t) => _marks.AsSpan(_starts[t], _starts[t + 1] - _starts[t]);

    /// <summary>The attacks of the periods of <paramref name="range"/>.</summary>
    internal ReadOnlySpan<Mark> AttacksIn(IndexRange range) => _marks.AsSpan(_starts[range.Start], _starts[range.End] - _starts[range.Start]);

    /// <summary>The number of attacks per period.</summary>
    internal int[] AttackCounts() => Enumerable.Range(0, Periods).Select(t => _starts[t + 1] - _starts[t]).ToArray();

    /// <summary>Where each period starts in one array holding the periods' items in order, and one past the last.</summary>
    internal static int[] Starts(int[] perPeriod)
    {
        var starts = new int[perPeriod.Length + 1];
        for (var t = 0; t < perPeriod.Length; t++)
        {
            starts[t + 1] = starts[t] + perPeriod[t];
        }

        return starts;
    }

    /// <summary>The counts of every watched series, in series order, per period.</summary>
    public int[][] SeriesCounts(IReadOnlyList<WatchedSeries> series)
    {
        var counts = new int[series.Count][];
        var attackBits = 0;
        var other = 0;
        for (var s = 0; s < series.Count; s++)
        {
            if (series[s].OfAttacks)
            {
                counts[s] = new int[Periods];
                attackBits |= 1 << s;
            }
            else
            {
                counts[s] = OtherCounts[other++];
            }
        }

        for (var t = 0; t < Periods; t++)
        {
            foreach (var m in AttacksIn(t))
            {
                for (var bits = (uint)(m.Series & attackBits); bits != 0; bits &= bits - 1)
                {
                    counts[System.Numerics.BitOperations.TrailingZeroCount(bits)][t]++;
                }
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

/// <summary>One more than the largest province, country-abroad and category id among a window's marks (0 when none), so tallies are arrays.</summary>
internal readonly record struct MarkBounds(int Provinces, int Countries, int Categories)
{
    public static MarkBounds Of(IEnumerable<Mark> marks)
    {
        int p = 0, c = 0, k = 0;
        foreach (var m in marks)
        {
            (p, c, k) = (Math.Max(p, m.Province + 1), Math.Max(c, m.Abroad + 1), Math.Max(k, m.Category + 1));
        }

        return new MarkBounds(p, c, k);
    }
}
