namespace Detection;

/// <summary>
/// The analyst's rule of thumb: a period alarms when its count is at least
/// <see cref="Multiplier"/> × the mean of the <see cref="Window"/> periods before it (and is not
/// zero, so an empty year does not alarm on an empty period). It keeps no other state, so an alarm
/// does not reset it.
/// </summary>
internal sealed record NaiveRule(double Multiplier, int Window)
{
    public bool Alarms(int count, long trailingSum) => count > 0 && (double)count * Window >= Multiplier * trailingSum;

    /// <summary>The alarms on a series, counted from the first period with a full window behind it.</summary>
    public int CountAlarms(IReadOnlyList<int> series)
    {
        long sum = 0;
        for (var t = 0; t < Window; t++)
        {
            sum += series[t];
        }

        var alarms = 0;
        for (var t = Window; t < series.Count; t++)
        {
            alarms += Alarms(series[t], sum) ? 1 : 0;
            sum += series[t] - series[t - Window];
        }

        return alarms;
    }

    /// <summary>
    /// The rule with the smallest multiplier that alarms at most <paramref name="alarmsPerPeriod"/>
    /// times a period on <paramref name="inControl"/>. Alarms only fall as the multiplier grows, so
    /// bisection finds it.
    /// </summary>
    public static NaiveRule ForAlarmRate(IReadOnlyList<int> inControl, int window, double alarmsPerPeriod)
    {
        var allowed = alarmsPerPeriod * (inControl.Count - window);
        double low = 1, high = 2;
        while (new NaiveRule(high, window).CountAlarms(inControl) > allowed)
        {
            (low, high) = (high, high * 2);
        }

        while (high - low > 1e-4)
        {
            var mid = (low + high) / 2;
            if (new NaiveRule(mid, window).CountAlarms(inControl) > allowed)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return new NaiveRule(high, window);
    }
}
