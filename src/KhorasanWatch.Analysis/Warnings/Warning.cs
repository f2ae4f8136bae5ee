using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// One detector's finding: the indicator, the detector, which way it moved, how loud it is, the size
/// as a rate ratio with its interval where it has one, the p-value, the day the signal fired (the
/// last day of the period that tripped it), the window it describes, the sentence a report uses,
/// and the ids of the events that carry it.
/// </summary>
public sealed record Warning(
    string Indicator,
    string Detector,
    Direction Direction,
    WarningLevel Level,
    double? Ratio,
    double? Low,
    double? High,
    double? P,
    DateOnly Fired,
    Period Window,
    string Statement,
    IReadOnlyList<string> EventIds)
{
    /// <summary>
    /// The share of simulated windows with nothing changed whose statistic on this test alone was at
    /// least as extreme: a p-value that allows for clustering and for the baseline being estimated.
    /// </summary>
    public double? CalibratedP { get; init; }

    /// <summary>The chance that, with nothing changed, some test of the family (by its weight) is at least as extreme: what sets <see cref="Level"/>.</summary>
    public double? FamilyP { get; init; }
}
