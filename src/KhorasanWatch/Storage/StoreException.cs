namespace KhorasanWatch.Storage;

/// <summary>A store that cannot be opened or used; the message names it and says why.</summary>
public sealed class StoreException(string store, string problem) : Exception($"{store}: {problem}")
{
    /// <summary>The store's location as it was given.</summary>
    public string Store { get; } = store;

    /// <summary>What is wrong with it, without its location: what a host shows a reader who has no use for the server's paths.</summary>
    public string Problem { get; } = problem;
}
