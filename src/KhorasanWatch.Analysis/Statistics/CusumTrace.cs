namespace KhorasanWatch.Analysis.Statistics;

/// <summary>The CUSUM statistic after each period, and the periods where it signalled.</summary>
public sealed record CusumTrace(IReadOnlyList<double> Sums, IReadOnlyList<int> Signals)
{
    /// <summary>The first period of the run that ended in the signal at <paramref name="signal"/>: the period after the sum was last zero.</summary>
    public int RunStart(int signal)
    {
        var t = signal - 1;
        while (t >= 0 && Sums[t] > 0 && !Signals.Contains(t))
        {
            t--;
        }

        return t + 1;
    }
}
