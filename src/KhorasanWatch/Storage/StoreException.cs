using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Storage;

/// <summary>A store that cannot be opened or used; the message names it, says why and, where there is one, the step that helps.</summary>
public sealed class StoreException(string store, string problem, NextStep? next = null) : Exception($"{store}: {problem}{next?.Neutral}"), ISuggestsNextStep
{
    /// <summary>The store's location as it was given.</summary>
    public string Store { get; } = store;

    /// <summary>What is wrong with it, without its location or the next step: what a host shows a reader who has no use for the server's paths.</summary>
    public string Problem { get; } = problem;

    public string Stated => $"{Store}: {Problem}";

    public NextStep? Suggested { get; } = next;
}
