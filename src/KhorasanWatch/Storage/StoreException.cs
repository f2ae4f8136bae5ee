namespace KhorasanWatch.Storage;

/// <summary>A store that cannot be opened or used; the message names it and says why.</summary>
public sealed class StoreException(string store, string problem) : Exception($"{store}: {problem}");
