namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// An ICD 203 expression of likelihood with its range (ODNI, Intelligence Community Directive 203):
/// almost no chance 1–5 %, very unlikely 5–20 %, unlikely 20–45 %, roughly even chance 45–55 %,
/// likely 55–80 %, very likely 80–95 %, almost certain 95–99 %.
/// </summary>
public sealed record Likelihood(string Term, int LowPercent, int HighPercent, double Probability)
{
    public static Likelihood For(double probability)
    {
        if (probability is < 0 or > 1 || double.IsNaN(probability))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), "A probability lies between 0 and 1.");
        }

        var (term, low, high) = probability switch
        {
            < 0.05 => ("almost no chance", 1, 5),
            < 0.20 => ("very unlikely", 5, 20),
            < 0.45 => ("unlikely", 20, 45),
            <= 0.55 => ("roughly even chance", 45, 55),
            <= 0.80 => ("likely", 55, 80),
            <= 0.95 => ("very likely", 80, 95),
            _ => ("almost certain", 95, 99),
        };
        return new Likelihood(term, low, high, probability);
    }

    /// <summary>"very likely (80–95 %)".</summary>
    public override string ToString() => $"{Term} ({LowPercent}–{HighPercent} %)";
}
