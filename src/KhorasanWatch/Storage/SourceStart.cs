namespace KhorasanWatch.Storage;

/// <summary>The first day a source records any event in a country (<see cref="IEventStore.FirstDaysIn"/>).</summary>
public sealed record SourceStart(string Source, DateOnly First);
