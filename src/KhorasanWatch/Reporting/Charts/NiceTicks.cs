namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Axis ticks for counts: they start at 0, step by a whole 1, 2 or 5 × 10ⁿ, and end at the first
/// step at or above the maximum, using the smallest step that needs at most
/// <see cref="MaxIntervals"/> intervals (max 7 → 0, 2, 4, 6, 8; max 130 → 0, 50, 100, 150).
/// A maximum of 0 still gets the axis 0, 1 so the scale never divides by zero.
/// </summary>
internal static class NiceTicks
{
    public const int MaxIntervals = 5;

    public static IReadOnlyList<long> For(long max)
    {
        if (max <= 0)
        {
            return [0, 1];
        }

        var step = Step(max);
        var intervals = (max + step - 1) / step;
        var ticks = new long[intervals + 1];
        for (var i = 0; i <= intervals; i++)
        {
            ticks[i] = i * step;
        }

        return ticks;
    }

    private static long Step(long max)
    {
        for (long magnitude = 1; ; magnitude *= 10)
        {
            foreach (var factor in (ReadOnlySpan<long>)[1, 2, 5])
            {
                var step = factor * magnitude;
                if ((max + step - 1) / step <= MaxIntervals)
                {
                    return step;
                }
            }
        }
    }
}
