namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>No attacks: the reference every forecast of a rare event must beat on CRPS.</summary>
internal sealed class ZeroModel : ForecastModel
{
    public override string Id => "zero";

    public override string Name => "no attacks";

    public override bool IsBaseline => true;

    public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0) => Predictive.PointMass(0);
}

/// <summary>The last month's count, as a Poisson rate for each month of the horizon (no change).</summary>
internal sealed class LastObservedModel : ForecastModel
{
    public override string Id => "last_observed";

    public override string Name => "the last month's count as a Poisson rate";

    public override bool IsBaseline => true;

    public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0) =>
        Predictive.Poisson(horizon * (history.Count == 0 ? 0 : history[^1]));
}

/// <summary>
/// Expanding climatology: the counts of every span of <c>horizon</c> months in the whole history,
/// each as likely as the others, with Jeffreys' prior on what no span reached (half an independent
/// span at none and half above the most seen, so a history that never saw the event does not give
/// it no chance: the chance of at least one after n quiet spans is H/2 in n + H). With a history
/// shorter than the horizon, a Poisson at its monthly mean (with Jeffreys' half an event).
/// </summary>
internal sealed class ClimatologyModel : ForecastModel
{
    public override string Id => "climatology";

    public override string Name => "expanding climatology";

    public override bool IsBaseline => true;

    public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0)
    {
        if (history.Count < horizon)
        {
            return Predictive.Poisson(horizon * (history.Sum() + 0.5) / Math.Max(1, history.Count));
        }

        var sums = new List<int>(history.Count - horizon + 1);
        var window = 0;
        for (var i = 0; i < history.Count; i++)
        {
            window += history[i] - (i >= horizon ? history[i - horizon] : 0);
            if (i >= horizon - 1)
            {
                sums.Add(window);
            }
        }

        // Spans a month apart share all but one of their months: the n spans hold about n / H
        // independent ones, so Jeffreys' half a span each way weighs H / 2 of them.
        return Predictive.Empirical(sums, horizon / 2.0);
    }
}

/// <summary>The last twelve months resampled: each month of the horizon drawn at random, with replacement, from them (the exact convolution).</summary>
internal sealed class BootstrapModel : ForecastModel
{
    public override string Id => "bootstrap_12";

    public override string Name => "the last twelve months resampled";

    public override bool IsBaseline => true;

    public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0) =>
        Predictive.Empirical(history.Skip(Math.Max(0, history.Count - 12)).DefaultIfEmpty(0).ToList()).SumOf(horizon);
}

/// <summary>
/// The report's former model: a Poisson rate with Jeffreys' gamma posterior from the last twelve
/// months; having seen n attacks, the count in the next H months is negative binomial with size
/// n + ½ and success probability 12 / (12 + H). It carries the rate's uncertainty only.
/// </summary>
internal sealed class GammaPoissonModel : ForecastModel
{
    public override string Id => "gamma_poisson_12";

    public override string Name => "the gamma–Poisson of the last twelve months";

    public override bool IsBaseline => true;

    public override Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0)
    {
        var months = Math.Min(12, history.Count);
        var size = SumOfLast(history, 12) + 0.5;
        return Predictive.NegativeBinomial(size * horizon / Math.Max(1, months), size);
    }
}
