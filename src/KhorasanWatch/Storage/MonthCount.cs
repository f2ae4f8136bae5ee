namespace KhorasanWatch.Storage;

/// <summary>A count of events in the month starting on <see cref="Month"/>.</summary>
public sealed record MonthCount(DateOnly Month, long Events);
