namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// The warnings as of a day: the headline level (the loudest warning of resurgence; falls never raise
/// it), the number of statistical tests run and what chance alone would raise among them
/// (<see cref="ChanceAlone"/>), the warnings loudest first, and notes on detectors that could not
/// run and why. Significant falls are reported apart, in <see cref="Declines"/>.
/// </summary>
public sealed record WarningReport(DateOnly AsOf, WarningLevel Level, int Tests, IReadOnlyList<Warning> Warnings, IReadOnlyList<string> Notes, ChanceAlone Chance)
{
    /// <summary>Falls whose family p (among the tests for falls) is at most the watch rate, loudest first; they never raise <see cref="Level"/>.</summary>
    public IReadOnlyList<Warning> Declines { get; init; } = [];
}
