using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;

namespace KhorasanWatch.Assessment;

/// <summary>
/// The questions the reading verbs ask when given no options, whose costly parts an ingest answers
/// once for every later reader (<see cref="WatchData.Refresh"/>): the warnings as of the actor's
/// last event (what <c>warnings</c>, <c>report</c> and <c>ach score</c> read by default), and the
/// report's track record of its forecasts (<c>backtest</c>'s default too). Their calibrations and
/// backtest forecasts land in <see cref="WatchData.Results"/>; any other question computes its own.
/// Only stores holding at least <see cref="MinEvents"/> of the actor's events are answered ahead:
/// below that a reading computes them in a few hundred milliseconds, and every small ingest (a
/// fuzzing run is thousands) would pay for answers nobody waits for.
/// </summary>
public static class DefaultAnswers
{
    public const int MinEvents = 1_000;

    /// <summary>Whether the data are worth answering ahead: they hold at least <see cref="MinEvents"/> of the actor's events (the foreign strikes they hold beside them aside).</summary>
    public static bool WorthIt(WatchData data) => data.Counted.Count(c => c.Event.Role != Analysis.Actors.WatchRole.None) >= MinEvents;

    /// <summary>
    /// Answers the default questions into <see cref="WatchData.Results"/>; true when they were. They
    /// are a cache: one that fails to compute leaves nothing to save, and the ingest, whose events
    /// are committed, stands (a reading computes them as before, and meets the failure there).
    /// </summary>
    public static bool Compute(WatchData data, IndicatorRules rules)
    {
        var events = data.Events.ToList();
        var track = Task.Run(() => ForecastJudgment.TrackRecord(events, StoreBacktest.Questions(rules), data.CoverageStart, StoreBacktest.DataEnd(data), data.Results));
        try
        {
            WarningDetector.Detect(events, data.LastEvent!.Value, data.CoverageStart, Region.All, rules, new WarningOptions(), data.Results);
            track.GetAwaiter().GetResult();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _ = track.ContinueWith(t => t.Exception, TaskScheduler.Default); // observed, whatever it did
            return false;
        }
    }
}
