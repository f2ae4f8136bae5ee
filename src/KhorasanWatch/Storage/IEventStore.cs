using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Coalition;

namespace KhorasanWatch.Storage;

/// <summary>
/// Where events live. SQLite is the embedded default; a PostgreSQL store will satisfy the same
/// contract. Writes go through one <see cref="IFileWriter"/> per file: nothing of a file is visible
/// until it commits, and an interrupted file leaves the store as it was.
/// </summary>
public interface IEventStore : IViewedStore, IDisposable
{
    /// <summary>Begins one file's ingest: the rows it adds, changes or delivers unchanged take <paramref name="marking"/> (null: <see cref="Marking.Unmarked"/>).</summary>
    IFileWriter BeginFile(string path, EventSource source, EventLinkRule linkRule, DateTimeOffset startedAt, Marking? marking = null);

    /// <summary>The markings of the events the reader may see, each once: what a product derived from them carries (<see cref="MarkingRule.Derived"/>).</summary>
    IReadOnlyList<Marking> EventMarkings();

    /// <summary>
    /// The ids of the events <paramref name="reads"/> count that the reader may count but not see as
    /// rows (<see cref="SourceLicences"/>: a source that forbids redistribution, loaded by another
    /// organisation); null when the reader sees every row it counts (the local owner of a store without users).
    /// </summary>
    IReadOnlySet<string>? RowsWithheld(IReadOnlyList<EventQuery> reads);

    /// <summary>
    /// What the reader sees, as a key: equal for two readers who see the same markings as the same
    /// user of the same organisation in the same community (the organisation decides which rows a
    /// source's licence lets it see), so what is computed for one may be answered to the other.
    /// </summary>
    string VisibilityKey { get; }

    IEnumerable<StoredEvent> Events(EventQuery query);

    /// <summary>
    /// The events' generation: the number of the last ingest run, which changes whenever the events
    /// may have (0 for a store never loaded). What is computed from the events holds while it is the same.
    /// </summary>
    long Generation();

    IReadOnlyList<SourceYear> Sources();

    /// <summary>Events in <paramref name="country"/> that do not involve the watched actor, per month: the context of its tempo.</summary>
    IReadOnlyList<MonthCount> OtherActorsByMonth(string country);

    /// <summary>
    /// Per source, the first day it records an event in <paramref name="country"/> (one it could link:
    /// dated, placed, naming an actor), leaving out the rows of curated compilations (a selection, not
    /// coverage): where each source's coverage of the country begins. One indexed seek a source.
    /// </summary>
    IReadOnlyList<SourceStart> FirstDaysIn(string country);

    /// <summary>The rejected rows and warnings of every ingest, newest run first, in line order within a run.</summary>
    IReadOnlyList<IngestProblem> Problems(ProblemQuery query);
}
