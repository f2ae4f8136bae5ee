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
/// </summary>
public static class DefaultAnswers
{
    public static void Compute(WatchData data, IndicatorRules rules)
    {
        var events = data.Events.ToList();
        var track = Task.Run(() => ForecastJudgment.TrackRecord(events, StoreBacktest.Questions(rules), data.CoverageStart, StoreBacktest.DataEnd(data), data.Results));
        WarningDetector.Detect(events, data.LastEvent!.Value, data.CoverageStart, Region.All, rules, new WarningOptions(), data.Results);
        track.GetAwaiter().GetResult();
    }
}
