using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>One watched series counted over the monitoring window, with the events of each period.</summary>
internal sealed record SeriesCounts(WatchedSeries Series, MonitoringWindow Window, IReadOnlyList<IReadOnlyList<ConflictEvent>> Events)
{
    public static SeriesCounts Of(WatchedSeries series, MonitoringWindow window, Timeline timeline) =>
        new(series, window, window.Periods.Select(p => (IReadOnlyList<ConflictEvent>)timeline.In(p).Where(series.Counts).ToList()).ToList());

    public int[] Counts => Events.Select(e => e.Count).ToArray();

    public int[] BaselineCounts => Counts[..Window.BaselineCount];

    public int[] MonitoredCounts => Counts[Window.BaselineCount..];

    /// <summary>The ids of the events in periods <paramref name="first"/> to <paramref name="last"/> (indices into the whole window).</summary>
    public IReadOnlyList<string> IdsBetween(int first, int last) =>
        Events.Skip(first).Take(last - first + 1).SelectMany(e => e).Select(e => e.Id).ToList();
}
