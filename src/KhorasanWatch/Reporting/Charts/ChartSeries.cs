namespace KhorasanWatch.Reporting.Charts;

/// <summary>A named run of counts, one per period; counts are never negative.</summary>
public sealed record ChartSeries
{
    public ChartSeries(string name, IReadOnlyList<int> values)
    {
        if (values.Any(v => v < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(values), $"Series '{name}' has a negative count.");
        }

        Name = name;
        Values = values;
    }

    /// <summary>The legend's name for the series ("ISKP attacks").</summary>
    public string Name { get; }

    public IReadOnlyList<int> Values { get; }
}
