namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>Reliability tables: how often forecasts of each probability came true.</summary>
public static class Reliability
{
    /// <summary>Ten bins of ten points (the last closed at 100 %); empty bins are left out.</summary>
    public static IReadOnlyList<ReliabilityBin> Table(IReadOnlyList<ScoredForecast> forecasts) =>
        Enumerable.Range(0, 10).Select(i => In(forecasts, i / 10.0, (i + 1) / 10.0)).OfType<ReliabilityBin>().ToList();

    /// <summary>The forecasts whose probability lies in [low, high) — to 100 % inclusive when high is 1; null when none does.</summary>
    public static ReliabilityBin? In(IReadOnlyList<ScoredForecast> forecasts, double low, double high)
    {
        var inBin = forecasts.Where(f => f.Forecast >= low && (f.Forecast < high || (high >= 1 && f.Forecast <= 1))).ToList();
        return inBin.Count == 0
            ? null
            : new ReliabilityBin(low, high, inBin.Average(f => f.Forecast), inBin.Count(f => f.Happened) / (double)inBin.Count, inBin.Count);
    }
}
