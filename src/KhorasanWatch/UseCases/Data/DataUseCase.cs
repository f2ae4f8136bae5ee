using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Data;

/// <summary>What the store holds and how it got there: sources by year, the ingests' rejected rows and warnings.</summary>
public sealed class DataUseCase(WatchReader reader)
{
    public IReadOnlyList<SourceYear> Sources()
    {
        using var store = reader.OpenStore();
        return store.Sources();
    }

    public IReadOnlyList<IngestProblem> Problems(ProblemQuery query)
    {
        using var store = reader.OpenStore();
        return store.Problems(query);
    }

    /// <summary>The rows the most recent ingests refused, newest first.</summary>
    public IReadOnlyList<RejectedRow> Rejects(int limit)
    {
        using var store = reader.OpenStore();
        return store.Rejects(limit);
    }
}
