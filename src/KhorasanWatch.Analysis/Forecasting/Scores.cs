namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>The proper scores of a forecast, in one place: lower is better for each.</summary>
public static class Scores
{
    /// <summary>
    /// The smallest probability the log score reads: a forecast that called an outcome impossible
    /// (the zero baseline, an empirical distribution that never saw it) scores −ln 0.001 ≈ 6.9, not infinity.
    /// </summary>
    public const double Floor = 0.001;

    /// <summary>The Brier score of a probability for an event that did or did not happen: (p − o)².</summary>
    public static double Brier(double probability, bool happened) => Math.Pow(probability - (happened ? 1 : 0), 2);

    /// <summary>The log score (ignorance, in nats) of a probability for an event: −ln of the probability given to what happened.</summary>
    public static double Log(double probability, bool happened) =>
        -Math.Log(Math.Max(happened ? probability : 1 - probability, Floor));
}
