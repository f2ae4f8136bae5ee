namespace Detection;

/// <summary>
/// Everything measured for one scenario. <see cref="CusumAtNaiveRate"/> is the CUSUM recalibrated to the
/// false alarms of the naive 2× rule (null when that rule raised none); <see cref="NaiveAtCusumRate"/> is the
/// naive rule with the multiplier that matches the five-year CUSUM's false alarms; <see cref="PoissonCusum"/> is,
/// on over-dispersed data only, the CUSUM a Poisson model would have designed.
/// </summary>
internal sealed record ScenarioResult(
    Scenario Scenario,
    CusumRun Cusum,
    double OutOfControlRunLength,
    double Information,
    double Optimum,
    Estimate SteadyState,
    double SteadyStateLeftOut,
    NaiveRun Naive,
    CusumRun? CusumAtNaiveRate,
    NaiveRun NaiveAtCusumRate,
    CusumRun? PoissonCusum)
{
    public double RatioToOptimum => Cusum.Delay.Mean / Optimum;

    /// <summary>The recalibrated naive rule's delay over the five-year CUSUM's delay.</summary>
    public double SpeedUpAtCusumRate => NaiveAtCusumRate.Delay.Mean / Cusum.Delay.Mean;
}
