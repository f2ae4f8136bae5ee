using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// The periods the count detectors look at: a baseline followed by the monitored periods, ending
/// with the last complete period on or before the as-of day. The baseline is cut short where the
/// data do not reach back far enough.
/// </summary>
internal sealed record MonitoringWindow(IReadOnlyList<Period> Periods, int BaselineCount)
{
    /// <summary>Fewer baseline periods than this give no rate worth testing against.</summary>
    public const int MinimumBaseline = 6;

    public IEnumerable<Period> Baseline => Periods.Take(BaselineCount);

    public IReadOnlyList<Period> Monitored => Periods.Skip(BaselineCount).ToList();

    public static MonitoringWindow? Ending(DateOnly asOf, DateOnly coverageStart, WarningOptions options)
    {
        var periods = new List<Period> { Indicators.Periods.LastComplete(asOf, options.Cadence) };
        while (periods.Count < options.BaselinePeriods + options.MonitorPeriods)
        {
            var previous = Indicators.Periods.Holding(periods[0].Start.AddDays(-1), options.Cadence);
            if (previous.Start < coverageStart)
            {
                break;
            }

            periods.Insert(0, previous);
        }

        var baseline = periods.Count - options.MonitorPeriods;
        return baseline < MinimumBaseline ? null : new MonitoringWindow(periods, baseline);
    }
}
