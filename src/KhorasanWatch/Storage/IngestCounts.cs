namespace KhorasanWatch.Storage;

/// <summary>What one file did to the store. Every row read is exactly one of added, updated, unchanged or rejected.</summary>
public sealed record IngestCounts(long Read, long Added, long Updated, long Unchanged, long Rejected, long Warnings, long Linked);
