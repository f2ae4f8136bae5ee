namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// Counts more spread out than Poisson, as attacks come in campaigns, around a rate that holds:
/// the monthly mean m and the dispersion φ (variance m + φm², by moments) are read from the whole
/// history, with Jeffreys' half an attack so a quiet history is not a certainty of none. The
/// H-month count is the negative binomial with mean Hm and variance H(m + φm²)(1 + H/n): the
/// months' own spread plus the uncertainty of a mean read from n months. A rate that drifts is the
/// twelve-month and self-exciting models' case; the backtest chooses between them.
/// </summary>
internal sealed class NegativeBinomialModel : ForecastModel
{
    private const double MaxDispersion = 10;

    public override string Id => "negative_binomial";

    public override string Name => "a negative binomial with the history's mean and dispersion";

    public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0)
    {
        var n = Math.Max(1, history.Count);
        var m = (history.Sum() + 0.5) / n;
        var monthly = m + (Dispersion(history) * m * m);
        return Predictive.WithMoments(horizon * m, horizon * monthly * (1 + ((double)horizon / n)));
    }

    /// <summary>
    /// φ by moments, (s² − m) / (m² − s²/n), at least 0 and at most 10: the square of a mean read
    /// from n months overstates m² by its variance s²/n, which the plain (s² − m) / m² leaves in and
    /// so reads short histories as less clustered than they are.
    /// </summary>
    internal static double Dispersion(IReadOnlyList<int> history)
    {
        if (history.Count < 2)
        {
            return 0;
        }

        var mean = history.Average();
        var variance = history.Sum(y => (y - mean) * (y - mean)) / (history.Count - 1);
        var square = (mean * mean) - (variance / history.Count);
        return mean <= 0 || variance <= mean ? 0 : square <= 0 ? MaxDispersion : Math.Min((variance - mean) / square, MaxDispersion);
    }
}
