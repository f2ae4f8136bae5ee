using System.Globalization;
using KhorasanWatch.Analysis.Statistics;

namespace Detection;

/// <summary>A baseline count model on a cadence, and the step change of its mean by <see cref="Ratio"/>.</summary>
internal sealed record Scenario(Cadence Cadence, CountDistribution Baseline, double Ratio)
{
    public CountDistribution Changed => Baseline.WithMean(Baseline.Mean * Ratio);

    public string Model => Baseline.Size is { } r ? string.Create(CultureInfo.InvariantCulture, $"NB r={r:0.#}") : "Poisson";

    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Cadence.Name} λ0={Baseline.Mean:0.#} {Model} ×{Ratio:0.#}");
}
