namespace KhorasanWatch.Storage;

/// <summary>How many events one source holds for one year, and how many involve the watched actor.</summary>
public sealed record SourceYear(string Source, int Year, long Events, long Watched, long Uncertain);
