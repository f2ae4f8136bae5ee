using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Assessment;

/// <summary>
/// What the indicators and warnings read from a store: one record per real event involving the
/// watched actor (either attribution), plus the foreign air and drone strikes the rules watch for
/// civilian harm; the days the data cover for the actor, from <see cref="CoverageStart"/> (1 January
/// of the first year the loaded sources record an event in the actor's home country — of the
/// store's earliest year where they record none there — or the actor's emergence where the profile
/// states it and it is later) to <see cref="CoverageEnd"/> (the last day on which the store records any event); and the
/// first and last day of the watched actor's events. The events' notes are held only as far as the
/// analysis reads them (<see cref="ComplexAttack.AsTheAnalysisReadsThem"/>); their text is the store's.
/// </summary>
public sealed record WatchData(IReadOnlyList<CountedEvent> Counted, DateOnly CoverageStart, DateOnly? FirstEvent, DateOnly? LastEvent)
{
    /// <summary>The last day on which the store records any event: later days are not covered, not quiet.</summary>
    public DateOnly CoverageEnd { get; init; } = DateOnly.MaxValue;

    /// <summary>
    /// Where the data start for a question about a country other than the home one: 1 January of the
    /// store's earliest year, or the actor's emergence if later (the home country's first year of
    /// data says nothing of Pakistan's). <see cref="CoverageStart"/> when not set.
    /// </summary>
    public DateOnly? AbroadStart { get; init; }

    /// <summary>
    /// The source whose arrival set <see cref="CoverageStart"/>: with several sources loaded, the
    /// one whose records of the home country begin last (<see cref="LastSourceToJoin"/>); null when
    /// the home country's first data or the actor's emergence set it.
    /// </summary>
    public string? CoverageSetBy { get; init; }

    /// <summary>
    /// Why the data start on <see cref="CoverageStart"/> when a later source set it ("when ACLED's
    /// records of the home country begin: …"), one wording for every output that says so; else null.
    /// </summary>
    public string? CoverageReason => CoverageSetBy is { } source
        ? $"when {source.ToUpperInvariant()}'s records of the home country begin: the years before, which the other loaded sources alone cover, are not compared with the years all of them cover"
        : null;

    /// <summary>
    /// The data as a question about <paramref name="country"/> (null: every country, read from the
    /// home country's coverage) reads them: for another country, its coverage starts at <see cref="AbroadStart"/>.
    /// </summary>
    public WatchData For(string? country, string home) =>
        country is null || country == home || AbroadStart is not { } abroad || abroad == CoverageStart ? this : this with { CoverageStart = abroad, CoverageSetBy = null };

    /// <summary>
    /// Whether periods from <paramref name="first"/> to <paramref name="last"/> can be read: at least one
    /// must end on or after <see cref="CoverageStart"/> (the actor's coverage has a firm start), and
    /// the first must start on or before <see cref="CoverageEnd"/> (the last event: a quiet end is
    /// possible, a range wholly after it is not data). Outside that, every figure would be a zero
    /// the data never recorded.
    /// </summary>
    public RangeCoverage Covers(Period first, Period last) =>
        first.End < CoverageStart ? RangeCoverage.BeforeData
        : first.Start > CoverageEnd ? RangeCoverage.AfterData
        : last.Start > CoverageYearEnd ? RangeCoverage.RunsPastData
        : RangeCoverage.Covered;

    /// <summary>
    /// The end of the year holding <see cref="CoverageEnd"/>: sources release by year, so a quiet
    /// end of that year may be real, but periods after it are beyond the data.
    /// </summary>
    public DateOnly CoverageYearEnd => CoverageEnd == DateOnly.MaxValue ? CoverageEnd : new DateOnly(CoverageEnd.Year, 12, 31);

    public IEnumerable<ConflictEvent> Events => Counted.Select(c => c.Event);

    /// <summary>
    /// Results computed from these data that a reading may take instead of computing again: those
    /// the last ingest computed for the default questions (<see cref="Refresh"/>), and those this
    /// process computed since. Empty for data computed from the events.
    /// </summary>
    public StoredResults Results { get; init; } = new();

    /// <summary>
    /// Loads the data for <paramref name="actorId"/>. For an actor other than the profile's watched
    /// one, its events are classified afresh with that actor watched.
    /// </summary>
    public static WatchData Load(IEventStore store, WatchProfile profile, string actorId, IndicatorRules rules)
    {
        var snapshots = SnapshotOf(store, profile, actorId, rules);
        if (snapshots?.OpenSnapshot(SnapshotKey) is { } stream)
        {
            WatchData data;
            using (stream)
            {
                data = WatchSnapshot.Read(stream);
            }

            using var results = snapshots.OpenSnapshot(ResultsKey);
            return results is null ? data : data with { Results = StoredResults.Read(results) };
        }

        return Compute(store, profile, actorId, rules);
    }

    /// <summary>
    /// Writes the snapshot the reading verbs load instead of the events (<see cref="WatchSnapshot"/>),
    /// after an ingest: the profile's watched actor, as <see cref="Load"/> computes it now, with the
    /// results of the default questions (<see cref="DefaultAnswers"/>) beside it. Only the built-in
    /// profile and rules are snapshotted; a store that keeps no snapshots (or none for this reader) is left as it is.
    /// </summary>
    public static void Refresh(IEventStore store, WatchProfile profile, IndicatorRules rules)
    {
        if (SnapshotOf(store, profile, profile.WatchedActorId, rules) is { KeepsSnapshots: true } snapshots)
        {
            var generation = store.Generation(); // before the events are read: a later ingest makes these bytes stale
            var data = Compute(store, profile, profile.WatchedActorId, rules);
            Save(snapshots, SnapshotKind, SnapshotKey, generation, buffer => WatchSnapshot.Write(data, buffer));
            // After the snapshot's bytes are let go: at 300,000 events they are 100 MB.
            if (data.LastEvent is not null && DefaultAnswers.WorthIt(data) && DefaultAnswers.Compute(data, rules))
            {
                Save(snapshots, ResultsKind, ResultsKey, generation, data.Results.Write);
            }
        }
    }

    private static void Save(ISnapshotStore snapshots, string kind, string key, long generation, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        snapshots.WriteSnapshot(kind, key, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), generation);
    }

    private const string SnapshotKind = "watch_data";

    private const string ResultsKind = "results";

    /// <summary>The results of the watched actor's default questions (<see cref="DefaultAnswers"/>) under this build: each entry's digest names its inputs and code as well.</summary>
    private static readonly string ResultsKey = KeyOf(ResultsKind);

    /// <summary>The built-in profile's watched actor, under this build of the code that classifies and counts.</summary>
    private static readonly string SnapshotKey = KeyOf(SnapshotKind);

    /// <summary>A snapshot's key: its kind, the watched actor and this build (its modules' ids change with any change to the code that classifies and counts).</summary>
    private static string KeyOf(string kind) =>
        $"{kind}:{WatchProfile.Iskp.WatchedActorId}:{typeof(WatchData).Assembly.ManifestModule.ModuleVersionId:N}:{typeof(ConflictEvent).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>Only the built-in profile and rules are snapshotted: another actor or profile is computed from the events.</summary>
    private static ISnapshotStore? SnapshotOf(IEventStore store, WatchProfile profile, string actorId, IndicatorRules rules) =>
        store is ISnapshotStore snapshots && ReferenceEquals(profile, WatchProfile.Iskp) && ReferenceEquals(rules, IndicatorRules.Iskp) && actorId == profile.WatchedActorId
            ? snapshots
            : null;

    /// <summary>
    /// The two reads the data are loaded by: the actor's events, then the foreign strikes the rules
    /// watch. Both count (<see cref="EventQuery.Counting"/>): a source's licence keeps its rows from
    /// being shown to other organisations, not from their figures; <see cref="IEventStore.RowsWithheld"/> takes them to say which are withheld.
    /// </summary>
    public static IReadOnlyList<EventQuery> Reads(WatchProfile profile, string actorId, IndicatorRules rules) =>
    [
        (actorId == profile.WatchedActorId ? new EventQuery(WatchedOnly: true) : new EventQuery(ActorId: actorId)) with { Counting = true },
        new EventQuery(Country: rules.StrikeCountry, AnyActorIds: [.. rules.StrikeActorIds], AirStrikesOnly: true) { Counting = true },
    ];

    /// <summary>The event as the analysis holds it: its notes only as far as it reads them (<see cref="ComplexAttack.AsTheAnalysisReadsThem"/>), after its engagement was read from them.</summary>
    private static ConflictEvent Read(ConflictEvent e) =>
        ComplexAttack.AsTheAnalysisReadsThem(e.Notes) is var notes && ReferenceEquals(notes, e.Notes) ? e : e with { Notes = notes };

    private static WatchData Compute(IEventStore store, WatchProfile profile, string actorId, IndicatorRules rules)
    {
        var watching = profile.Watching(actorId);
        var reads = Reads(profile, actorId, rules);
        var records = new Dictionary<string, (ConflictEvent Event, IReadOnlyList<string> LinkedIds)>(StringComparer.Ordinal);
        foreach (var stored in store.Events(reads[0]))
        {
            var e = ReferenceEquals(watching, profile) ? profile.WithEngagement(stored.Event) : watching.Classify(stored.Event);
            records[e.Id] = (Read(e), stored.LinkedIds);
        }

        var watchedDays = records.Values.Select(r => r.Event.Date.Start).ToList();
        foreach (var stored in store.Events(reads[1]))
        {
            if (rules.IsForeignStrike(stored.Event))
            {
                records.TryAdd(stored.Event.Id, (Read(stored.Event), stored.LinkedIds));
            }
        }

        var years = store.Sources();
        var anywhere = years.Count == 0 ? DateOnly.MaxValue : new DateOnly(years.Min(y => y.Year), 1, 1);
        if (watching.Actors.FirstOrDefault(a => a.Id == actorId)?.Emerged is { } emerged && emerged > anywhere)
        {
            anywhere = emerged;
        }

        var coverage = FirstYearAtHome(store, rules.HomeCountry, records.Values.Select(r => r.Event)) is { } home && home > anywhere ? home : anywhere;
        var joined = LastSourceToJoin(store, rules.HomeCountry, years);
        var setBy = joined is { } last && last.Year > coverage ? last.Source : null;
        coverage = setBy is null ? coverage : joined!.Value.Year;

        return new WatchData(
            DistinctEvents.Select(records.Values),
            coverage,
            watchedDays.Count == 0 ? null : watchedDays.Min(),
            watchedDays.Count == 0 ? null : watchedDays.Max())
        {
            CoverageEnd = years.Count == 0 ? DateOnly.MinValue : years.Max(y => y.LastDay),
            AbroadStart = anywhere,
            CoverageSetBy = setBy,
        };
    }

    /// <summary>
    /// With more than one source loaded (curated compilations aside: a selection, not coverage), the
    /// source whose records of the home country begin last, and 1 January of that year: before it the
    /// other sources alone cover the country, and their years would not compare with the years all
    /// of them cover (ACLED's Afghanistan begins in 2017, UCDP's in 1989: 2016 against 2018 would
    /// read ACLED's arrival as a rise). Null with one source.
    /// </summary>
    private static (string Source, DateOnly Year)? LastSourceToJoin(IEventStore store, string home, IReadOnlyList<SourceYear> years)
    {
        if (years.Where(y => y.Dataset is null).Select(y => y.Source).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }

        var starts = store.FirstDaysIn(home);
        if (starts.Count < 2)
        {
            return null;
        }

        var last = starts.MaxBy(s => s.First)!;
        return (last.Source, new DateOnly(last.First.Year, 1, 1));
    }

    /// <summary>
    /// 1 January of the first year in which any loaded source records an event in the actor's home
    /// country (its own or any other actor's), or null when none does. A source's coverage starts
    /// at different years in different countries (ACLED's regional files reach back to 2010 in
    /// Pakistan and to 2017 in Afghanistan), so the store's earliest year elsewhere says nothing of
    /// the years before the home country's data begin: they are not quiet, they are not covered.
    /// </summary>
    private static DateOnly? FirstYearAtHome(IEventStore store, string home, IEnumerable<ConflictEvent> watched)
    {
        var others = store.OtherActorsByMonth(home);
        var first = others.Count == 0 ? (DateOnly?)null : others[0].Month;
        foreach (var e in watched)
        {
            if (e.Country == home && (first is null || e.Date.Start < first))
            {
                first = e.Date.Start;
            }
        }

        return first is { } day ? new DateOnly(day.Year, 1, 1) : null;
    }
}

/// <summary>Whether a range of periods lies within the days the data cover.</summary>
public enum RangeCoverage
{
    Covered,
    BeforeData,
    AfterData,
    RunsPastData,
}
