namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Shading classes for counts: zero has its own grey; non-zero counts fall into up to five
/// quantile classes of whole numbers (so one very large area does not push all others into the
/// lightest class), each with a colour from <see cref="ChartStyle.SequentialRamp"/> spread so that
/// the largest class is always the darkest.
/// </summary>
internal sealed class MapClasses
{
    public MapClasses(IEnumerable<int> values)
    {
        var sorted = values.Where(v => v > 0).Order().ToArray();
        var k = Math.Min(ChartStyle.SequentialRamp.Count, sorted.Distinct().Count());
        var uppers = Enumerable.Range(1, k)
            .Select(i => sorted[(int)Math.Ceiling(i * sorted.Length / (double)k) - 1])
            .Distinct()
            .ToArray();
        Classes = uppers.Select((upper, i) => new Class(i == 0 ? sorted[0] : uppers[i - 1] + 1, upper, Colour(i, uppers.Length))).ToArray();
    }

    public readonly record struct Class(int Low, int High, string Colour)
    {
        public string Label => Low == High ? SvgBuilder.Count(Low) : $"{SvgBuilder.Count(Low)}–{SvgBuilder.Count(High)}";
    }

    public IReadOnlyList<Class> Classes { get; }

    public string ColourOf(int value) => value == 0 ? ChartStyle.Zero : Classes.First(c => value <= c.High).Colour;

    private static string Colour(int index, int count)
    {
        var ramp = ChartStyle.SequentialRamp;
        var at = count == 1 ? ramp.Count / 2 : (int)Math.Round(index * (ramp.Count - 1) / (double)(count - 1), MidpointRounding.AwayFromZero);
        return ramp[at];
    }
}
