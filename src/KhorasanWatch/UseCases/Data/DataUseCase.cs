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

    /// <summary>The rows the ingests rejected and the warnings they gave, newest run first, at most <see cref="ProblemQuery.Limit"/>, and whether there were more.</summary>
    public ProblemList Problems(ProblemQuery query)
    {
        using var store = reader.OpenStore();
        var problems = store.Problems(query with { Limit = query.Limit + 1 }); // one more than asked, to say whether the list was cut
        return new ProblemList([.. problems.Take(query.Limit)], problems.Count > query.Limit);
    }

    /// <summary>The ingest runs that loaded the store, newest first.</summary>
    public IReadOnlyList<IngestRun> IngestRuns(int limit = 100)
    {
        using var store = reader.OpenStore();
        return store.IngestRuns(limit);
    }

    /// <summary>A kind of problem by its name (rejected or warning), or every kind when null.</summary>
    public static string? Kind(string? text) =>
        RequestValues.Blank(text) is { } kind ? RequestValues.OneOf(kind, "kind", "", IngestProblem.Rejected, IngestProblem.Warning) : null;

}

/// <summary>Problems listed, and whether the list was cut at the limit.</summary>
public sealed record ProblemList(IReadOnlyList<IngestProblem> Problems, bool Truncated);
