namespace KhorasanWatch.Storage;

/// <summary>
/// How many events one source holds for one year; of them, how many involve the watched actor with
/// certain attribution, and, apart, how many are of uncertain attribution (never counted as its);
/// and the last day of that year on which the source records any event. Rows in a source's format
/// that come from a compilation (<see cref="Analysis.Events.ConflictEvent.Dataset"/>) are counted apart,
/// under its name in <see cref="Dataset"/>; null is the publisher's own data.
/// </summary>
public sealed record SourceYear(string Source, int Year, long Events, long Watched, long Uncertain, DateOnly LastDay)
{
    public string? Dataset { get; init; }
}
