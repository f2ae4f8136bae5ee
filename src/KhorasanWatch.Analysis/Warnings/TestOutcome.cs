using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Warnings.Family;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>One test's calibration, handed to the detector that words it.</summary>
internal sealed record TestOutcome(FamilyTest Test, double Statistic, double CalibratedP, double FamilyP, int Replicates)
{
    public WarningLevel Level => FamilyLevels.For(FamilyP);

    public Direction Direction => Test.Rise ? Direction.Up : Direction.Down;

    /// <summary>The calibration in words: "in 0.4 % of 1,999 simulated windows with nothing changed on this test alone; family-wise p = 0.031".</summary>
    public string Chance(string what) =>
        $"{what} came in {Share(CalibratedP)} of {Replicates:N0} windows simulated with nothing changed, on this test alone; " +
        $"some test of the family went as far in {Share(FamilyP)} (family-wise {Figures.P(FamilyP)})";

    private static string Share(double p) => p * 100 < 0.1 ? "under 0.1 %" : $"{p * 100:0.#} %";

    /// <summary>Stamps the calibration on a worded warning.</summary>
    public Warning Stamp(Warning warning) => warning with { CalibratedP = CalibratedP, FamilyP = FamilyP };
}
