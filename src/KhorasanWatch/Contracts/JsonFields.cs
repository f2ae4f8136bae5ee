using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Contracts;

/// <summary>
/// How the contracts' records hold their values. JSON has no infinity: an unbounded ratio or
/// interval end (a zero baseline) and an undefined ratio (0 against 0) are null; other figures are
/// rounded to six decimals. Days are written by <see cref="EventCodes.Day(DateOnly)"/>.
/// </summary>
public static class JsonFields
{
    /// <summary>The figure to six decimals, or null where it is not finite (or not there).</summary>
    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 6) : null;

}

/// <summary>
/// Deaths best, low and high, and the events with no toll, as the contracts flatten them into
/// <c>{prefix}_best</c> … <c>{prefix}_unknown</c>: the three figures are null where no summed
/// event records one (not recorded, never 0).
/// </summary>
public readonly record struct DeathFigures(long? Best, long? Low, long? High, int Unknown)
{
    public static DeathFigures Of(FatalityTotals f) =>
        f.NotRecorded ? new(null, null, null, f.Unknown) : new(f.Best, f.Low, f.High, f.Unknown);

    /// <summary>The deaths in events of a kind, or no figures (and no unknown) where the loaded sources do not record the kind at all.</summary>
    public static DeathFigures Of(FatalityTotals f, bool recorded) => recorded ? Of(f) : new(null, null, null, 0);
}
