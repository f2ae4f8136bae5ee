using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// How the detectors are set. The CUSUMs look for a change of <see cref="DesignRatio"/> (up, and
/// down by the same factor) over the last <see cref="MonitorPeriods"/> periods, against the rate and
/// dispersion of the <see cref="BaselinePeriods"/> before them, with an in-control average run
/// length of <see cref="InControlYears"/> years (one false alarm per that many years per detector).
/// </summary>
public sealed record WarningOptions
{
    public PeriodKind Cadence { get; init; } = PeriodKind.Month;

    public double DesignRatio { get; init; } = 1.5;

    public double InControlYears { get; init; } = 5;

    public int BaselinePeriods { get; init; } = 24;

    public int MonitorPeriods { get; init; } = 12;

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
