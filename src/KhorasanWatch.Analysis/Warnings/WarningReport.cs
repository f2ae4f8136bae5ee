using KhorasanWatch.Analysis.Formats;

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

    /// <summary>
    /// The verdict at the high end of attribution: the headline level with the window's events of
    /// uncertain attribution counted as the actor's; null when the window holds none.
    /// </summary>
    public AttributionCheck? AttributionHigh { get; init; }
}

/// <summary>How many events of uncertain attribution the window holds, and the headline level with them counted.</summary>
public sealed record AttributionCheck(int UncertainEvents, WarningLevel Level)
{
    /// <summary>"The level holds with …" or "With … counted as ISKP's, the level would be warning, not none."</summary>
    public string Describe(WarningLevel low, string actor)
    {
        var events = Statistics.Figures.Count(UncertainEvents, "event");
        return Level == low
            ? $"The level holds with the window's {events} of uncertain attribution counted as {actor}'s."
            : $"With the window's {events} of uncertain attribution counted as {actor}'s, the level would be {WireNames.Level(Level)}, not {WireNames.Level(low)}.";
    }
}
