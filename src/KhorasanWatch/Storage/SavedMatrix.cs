namespace KhorasanWatch.Storage;

/// <summary>A saved matrix: its version, when and why it was saved, and its JSON.</summary>
public sealed record SavedMatrix(string Name, int Version, DateTimeOffset SavedAt, string Change, string Json);
