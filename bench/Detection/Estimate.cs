using System.Globalization;

namespace Detection;

/// <summary>
/// The mean delay over the simulated changes, its standard error, and how many were missed
/// within the horizon. Missed changes enter the mean at the horizon, so when any were missed the
/// mean is a lower bound on the true mean delay.
/// </summary>
internal readonly record struct Estimate(double Mean, double StandardError, int Count, int Missed)
{
    public double HalfWidth95 => 1.96 * StandardError;

    public double DetectedFraction => 1 - ((double)Missed / Count);

    public static Estimate Of(IReadOnlyCollection<DelayOutcome> outcomes)
    {
        var mean = outcomes.Average(o => (double)o.Periods);
        var variance = outcomes.Sum(o => (o.Periods - mean) * (o.Periods - mean)) / (outcomes.Count - 1);
        return new Estimate(mean, Math.Sqrt(variance / outcomes.Count), outcomes.Count, outcomes.Count(o => !o.Detected));
    }

    /// <summary>"≥" marks a mean that is only a lower bound (some changes were missed).</summary>
    public string Bound => Missed > 0 ? "≥" : "";

    public string WithInterval => string.Create(CultureInfo.InvariantCulture, $"{Bound}{Mean:0.00} ± {HalfWidth95:0.00}");
}
