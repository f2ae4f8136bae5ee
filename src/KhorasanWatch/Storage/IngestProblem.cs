namespace KhorasanWatch.Storage;

/// <summary>
/// A row an ingest rejected (<see cref="Rejected"/>: not stored) or stored with a warning
/// (<see cref="Warning"/>; line 1 for a warning about the whole file, such as a missing column),
/// with the run that met it and when that run started.
/// </summary>
public sealed record IngestProblem(string Kind, long RunId, string LoadedAt, string File, long Line, string Field, string Reason)
{
    public const string Rejected = "rejected";
    public const string Warning = "warning";
}

/// <summary>Which problems to list: a kind (null for both), a file as the ingest named it (null for all), at most <see cref="Limit"/>.</summary>
public sealed record ProblemQuery(string? Kind = null, string? File = null, int Limit = 1000);
