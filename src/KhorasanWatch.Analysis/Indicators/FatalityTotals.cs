using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Deaths summed over events. <see cref="Low"/> and <see cref="High"/> use the source's range where
/// it gives one (UCDP) and the best figure otherwise (ACLED and GTD give one number), so
/// Low ≤ Best ≤ High holds whenever every source's own figures are ordered. <see cref="Unknown"/>
/// counts events whose toll the source does not give: they add nothing to the sums.
/// </summary>
public sealed record FatalityTotals(long Best, long Low, long High, int Unknown)
{
    /// <summary>Of <paramref name="events"/> events (the ones summed), none gives a toll: the deaths are not recorded, not 0.</summary>
    public bool NoneRecorded(int events) => events > 0 && Unknown == events;

    /// <summary>How many events were summed (set by <see cref="Of"/>).</summary>
    public int Events { get; init; }

    /// <summary>Events were summed and none of them gives a toll: the deaths are not recorded, not 0.</summary>
    public bool NotRecorded => NoneRecorded(Events);

    public static FatalityTotals Of(IEnumerable<ConflictEvent> events)
    {
        long best = 0, low = 0, high = 0;
        var (unknown, count) = (0, 0);
        foreach (var e in events)
        {
            count++;
            var f = e.Fatalities;
            if (f.Best is null && f.Low is null && f.High is null)
            {
                unknown++;
                continue;
            }

            best += f.Best ?? 0;
            low += f.Low ?? f.Best ?? 0;
            high += f.High ?? f.Best ?? 0;
        }

        return new FatalityTotals(best, low, high, unknown) { Events = count };
    }
}
