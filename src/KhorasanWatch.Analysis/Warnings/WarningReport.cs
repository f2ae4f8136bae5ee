namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// The warnings as of a day: the highest level among them, the number of statistical tests run and
/// what chance alone would raise among them (<see cref="ChanceAlone"/>), the warnings loudest
/// first, and notes on detectors that could not run and why.
/// </summary>
public sealed record WarningReport(DateOnly AsOf, WarningLevel Level, int Tests, IReadOnlyList<Warning> Warnings, IReadOnlyList<string> Notes, ChanceAlone Chance);
