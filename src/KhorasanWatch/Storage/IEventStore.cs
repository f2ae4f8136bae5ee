using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Storage;

/// <summary>
/// Where events live. SQLite is the embedded default; a PostgreSQL store will satisfy the same
/// contract. Writes go through one <see cref="IFileWriter"/> per file: nothing of a file is visible
/// until it commits, and an interrupted file leaves the store as it was.
/// </summary>
public interface IEventStore : IDisposable
{
    IFileWriter BeginFile(string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt);

    IEnumerable<StoredEvent> Events(EventQuery query);

    /// <summary>
    /// The events' generation: the number of the last ingest run, which changes whenever the events
    /// may have (0 for a store never loaded). What is computed from the events holds while it is the same.
    /// </summary>
    long Generation();

    IReadOnlyList<SourceYear> Sources();

    /// <summary>Events in <paramref name="country"/> that do not involve the watched actor, per month: the context of its tempo.</summary>
    IReadOnlyList<MonthCount> OtherActorsByMonth(string country);

    /// <summary>The rejected rows and warnings of every ingest, newest run first, in line order within a run.</summary>
    IReadOnlyList<IngestProblem> Problems(ProblemQuery query);
}
