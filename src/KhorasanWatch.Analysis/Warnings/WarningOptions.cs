using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// How the detectors are set. The CUSUMs look for a change of <see cref="DesignRatio"/> (up, and
/// down by the same factor) over the last <see cref="MonitorPeriods"/> periods, against the rate and
/// dispersion of the <see cref="BaselinePeriods"/> before them. Their thresholds no longer come from
/// an in-control run length: every test is calibrated with the others by simulation under the
/// baseline's fitted null, so <see cref="InControlYears"/> is kept only as the reference the JSON has
/// always stated.
/// </summary>
public sealed record WarningOptions
{
    public PeriodKind Cadence { get; init; } = PeriodKind.Month;

    /// <summary>The change the CUSUMs are tuned to: a doubling (up) or a halving (down). The bench found ×2 a little more powerful than ×1.5 or ×3 for a doubling sustained three or six months.</summary>
    public double DesignRatio { get; init; } = 2;

    public double InControlYears { get; init; } = 5;

    public int BaselinePeriods { get; init; } = 24;

    public int MonitorPeriods { get; init; } = 12;

    /// <summary>
    /// Replicate windows drawn from the fitted null to calibrate the family (<see cref="Family.FamilyCalibration"/>):
    /// 1,999 resolve a family p of 0.005 (the alert level) with about ten replicates beyond it.
    /// </summary>
    public int Replicates { get; init; } = 1999;

    /// <summary>The random seed of the Monte Carlo p-values, so the same data give the same warnings.</summary>
    public int Seed { get; init; } = 1;

    public double PeriodsPerYear => Cadence switch
    {
        PeriodKind.Week => 52.18,
        PeriodKind.Month => 12,
        PeriodKind.Quarter => 4,
        _ => throw new InvalidOperationException($"Warnings run on weekly, monthly or quarterly counts, not {Cadence}."),
    };
}
