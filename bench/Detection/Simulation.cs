using KhorasanWatch.Analysis.Statistics;

namespace Detection;

/// <summary>
/// Simulated count series with a step change, and the delays the two rules take to see it. Every
/// method draws from the <see cref="Random"/> it is given, so a seed fixes every number.
/// </summary>
internal static class Simulation
{
    public static int[] Series(CountDistribution model, int length, Random random)
    {
        var counts = new int[length];
        for (var t = 0; t < length; t++)
        {
            counts[t] = model.Sample(random);
        }

        return counts;
    }

    /// <summary>
    /// The CUSUM's delays over <paramref name="changes"/> simulated series that follow
    /// <paramref name="scenario"/>'s baseline before period <paramref name="changeAt"/> and its changed
    /// mean from it on. The CUSUM runs (through <see cref="CountCusum.Run"/>) from period 0; with
    /// <paramref name="changeAt"/> = 0 it starts at S = 0 on the change, the worst case for a CUSUM.
    /// A series where it signals before the change is left out: the delay is conditional on no false
    /// alarm before the change. Returns the delays and how many series were left out.
    /// </summary>
    public static (List<DelayOutcome> Delays, int FalseAlarmsBefore) CusumDelays(CountCusum cusum, Scenario scenario, int changeAt, int changes, Random random)
    {
        var delays = new List<DelayOutcome>(changes);
        var leftOut = 0;
        var end = changeAt + scenario.Cadence.Horizon;
        var counts = new List<int>(end);
        while (delays.Count < changes)
        {
            counts.Clear();

            // Draw the series in growing pieces and rerun from period 0, so most series stop soon
            // after the alarm rather than at the horizon, and the draws stay in a fixed order.
            var length = Math.Min(end, changeAt + 8);
            while (true)
            {
                while (counts.Count < length)
                {
                    counts.Add((counts.Count < changeAt ? scenario.Baseline : scenario.Changed).Sample(random));
                }

                var signals = cusum.Run(counts).Signals;
                if (signals.Count > 0 && signals[0] < changeAt)
                {
                    leftOut++;
                    break;
                }

                if (signals.Count > 0 || length == end)
                {
                    delays.Add(signals.Count > 0 ? new(signals[0] - changeAt + 1, true) : new(scenario.Cadence.Horizon, false));
                    break;
                }

                length = Math.Min(end, changeAt + (2 * (length - changeAt)));
            }
        }

        return (delays, leftOut);
    }

    /// <summary>
    /// The naive rule's delays: a year of baseline counts fills its window, then the changed mean
    /// runs until the rule alarms or the horizon passes.
    /// </summary>
    public static List<DelayOutcome> NaiveDelays(NaiveRule rule, Scenario scenario, int changes, Random random)
    {
        var delays = new List<DelayOutcome>(changes);
        var window = new int[rule.Window];
        for (var i = 0; i < changes; i++)
        {
            long sum = 0;
            for (var t = 0; t < window.Length; t++)
            {
                window[t] = scenario.Baseline.Sample(random);
                sum += window[t];
            }

            var outcome = new DelayOutcome(scenario.Cadence.Horizon, false);
            for (var d = 1; d <= scenario.Cadence.Horizon; d++)
            {
                var count = scenario.Changed.Sample(random);
                if (rule.Alarms(count, sum))
                {
                    outcome = new(d, true);
                    break;
                }

                var oldest = (d - 1) % window.Length;
                sum += count - window[oldest];
                window[oldest] = count;
            }

            delays.Add(outcome);
        }

        return delays;
    }
}
