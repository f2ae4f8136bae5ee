namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// What a choropleth map shows: areas shaded by their counts, with a hover title per area
/// ("Kabul: 12 attacks") and a legend titled by <see cref="Noun"/>. Areas without an outline are
/// the caller's to report; they are simply not in <see cref="Regions"/>.
/// </summary>
public sealed record ChoroplethMapSpec
{
    public ChoroplethMapSpec(string title, IReadOnlyList<MapRegion> regions, CountNoun noun, int width = 720, int height = 480)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 240);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 160);
        (Title, Regions, Noun, Width, Height) = (title, regions, noun, width, height);
    }

    /// <summary>What the map shows, for screen readers and the SVG title.</summary>
    public string Title { get; }

    public IReadOnlyList<MapRegion> Regions { get; }

    public CountNoun Noun { get; }

    public int Width { get; }

    public int Height { get; }
}
