using System.Globalization;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Assessment;
using KhorasanWatch.Hosting;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases;

/// <summary>
/// The policies every reading use case shares: whose events (the profile's watched actor only),
/// where, loading them from the configured store, and refusing what the data cannot answer (a store
/// without the actor's events, a range before its coverage or after the store's last event).
/// </summary>
public sealed class WatchReader(IStoreFactory stores, KhorasanWatchOptions options, IActingUser acting)
{
    private readonly GenerationMemo<WatchData> _loaded = new();

    public WatchProfile Profile => options.Profile;

    public IndicatorRules Rules => options.Rules;

    /// <summary>Where the configured store is.</summary>
    public string Location => options.Store;

    /// <summary>The configured store, read-only, viewed as the acting user (<see cref="Acting"/>): every read shows only what their markings allow.</summary>
    public IWatchStore OpenStore() => Viewed(stores.OpenExisting(options.Store), Access.Read);

    /// <summary>The configured store to write (created when missing), viewed as the acting user, who must be allowed to write (not a viewer).</summary>
    public IWatchStore OpenWritable(Action<string>? upgrading = null) => Viewed(stores.Open(options.Store, upgrading ?? options.Upgrading), Access.Write);

    /// <summary>
    /// The configured store for an administrator's work (organisations, users, tokens, the audit log):
    /// in a store with users the acting user must be an admin; a store without users is its local
    /// owner's, who names the first admin (the bootstrap). <paramref name="creating"/> opens it to
    /// write, made when missing; else read-only.
    /// </summary>
    public IWatchStore OpenAdministered(bool creating) =>
        Viewed(creating ? stores.Open(options.Store, options.Upgrading) : stores.OpenExisting(options.Store), Access.Administer);

    private enum Access
    {
        Read,
        Write,
        Administer,
    }

    /// <summary>
    /// The acting user: the one the host names, who must be one of the store's users; null for a
    /// store without users, whose one reader is its local owner. A store with users refuses a reader it does not know.
    /// </summary>
    private KhorasanWatch.Coalition.User? Acting(IUserStore store)
    {
        if (acting.Name is not { Length: > 0 } name)
        {
            return store.HasUsers()
                ? throw new ProblemException(ProblemCodes.Unauthenticated, "{the_store} has users, and reads only as one of them: name yours with {as}")
                : null;
        }

        return store.UserByName(name.Trim().ToLowerInvariant())?.User
            ?? throw new ProblemException(ProblemCodes.Unauthenticated, "{the_store} has no user '{0}' ({as} names a user of the store)", name);
    }

    private IWatchStore Viewed(IWatchStore store, Access access)
    {
        try
        {
            var user = Acting(store);
            if (access == Access.Write && user is { Role: KhorasanWatch.Coalition.UserRole.Viewer })
            {
                throw new ProblemException(ProblemCodes.Forbidden, "'{0}' is a viewer, who reads: changing the store needs an analyst or an admin", user.Name);
            }

            if (access == Access.Administer && user is { Role: not KhorasanWatch.Coalition.UserRole.Admin })
            {
                throw new ProblemException(ProblemCodes.Forbidden, "'{0}' has the role {1}: the store's organisations, users, tokens and audit log are its admins' to manage", user.Name, KhorasanWatch.Coalition.UserRoles.Name(user.Role));
            }

            store.ViewAs(user is null ? KhorasanWatch.Coalition.Viewer.LocalOwner : KhorasanWatch.Coalition.Viewer.Of(user));
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The marking a product derived from the store carries (indicators, warnings, a report), computed,
    /// not typed: in a store with users, the most restrictive TLP level of the events the reader may
    /// read (of any actor: a bound above the marking of the events counted, never below it); null in
    /// a store without users, whose one reader is its local owner and marks what they share as they choose.
    /// </summary>
    public static Analysis.Sharing.TlpLevel? DerivedMarking(IEventStore store) =>
        store.Viewer.IsLocalOwner ? null : KhorasanWatch.Coalition.MarkingRule.Derived(store.EventMarkings());

    /// <summary>
    /// The actor's events, among those its data count, that the reader may not see as rows (their
    /// source's licence: <see cref="IEventStore.RowsWithheld"/>); null when the reader sees every row.
    /// What is drawn row by row from the counted data (a footnote's description, a map point) asks this.
    /// </summary>
    public IReadOnlySet<string>? RowsWithheld(IEventStore store, string actorId) => store.RowsWithheld(WatchData.Reads(Profile, actorId, Rules));

    /// <summary>
    /// The watched actor only, by default: the rules (<see cref="IndicatorRules"/>) are its, so for
    /// another actor they would count the wrong things (the Taliban fighting itself).
    /// </summary>
    public string ActorId(string? requested)
    {
        var watched = Profile.WatchedActorId;
        var id = requested?.Trim().ToLowerInvariant() ?? watched;
        return id == watched
            ? id
            : throw RequestValues.Invalid("{actor} '{0}': the indicators' rules are written for '{1}' only; give {actor} {1} or leave it out", id, watched);
    }

    /// <summary>A country, or a province (any spelling; the country defaults to the profile's home).</summary>
    public Region Region(string? country, string? province)
    {
        var iso3 = RequestValues.Country(country);
        if (province is null)
        {
            return new Region(iso3);
        }

        iso3 ??= Rules.HomeCountry;
        var found = Gazetteer.Default.FindAdmin1(iso3, province)
            ?? throw RequestValues.Invalid("{province} '{0}' is not a known province of {1}", province, iso3);
        return new Region(iso3, found.Name);
    }

    /// <summary>Loads the actor's events from the configured store; a store without them is refused, not an empty answer.</summary>
    public WatchData Load(string actorId)
    {
        using var store = OpenStore();
        return Load(store, actorId);
    }

    /// <summary>
    /// Loads the actor's events from an open store; a store without them is refused. The data are
    /// kept for the store's generation (<see cref="GenerationMemo{T}"/>): a host that asks again
    /// before the next ingest does not load them again.
    /// </summary>
    public WatchData Load(IWatchStore store, string actorId) =>
        _loaded.Get(options.Store, store, actorId, () => LoadNow(store, actorId));

    private WatchData LoadNow(IWatchStore store, string actorId)
    {
        var data = WatchData.Load(store, Profile, actorId, Rules);
        if (data.LastEvent is not null)
        {
            return data;
        }

        var held = store.Sources().Sum(s => s.Events);
        throw held == 0
            ? new ProblemException(ProblemCodes.NotFound, "{the_store} holds no events; {ingest}")
            : new ProblemException(ProblemCodes.NotFound, "{the_store} holds {0} events, none of '{1}'", held.ToString("N0", CultureInfo.InvariantCulture), actorId);
    }

    /// <summary>
    /// The range a reading covers by default: from the actor's first event (or the start of its
    /// coverage, its emergence, if later: a source may name it earlier) to its last event.
    /// </summary>
    public static (DateOnly From, DateOnly To) DefaultRange(WatchData data, DateOnly? from, DateOnly? to)
    {
        var first = data.FirstEvent!.Value;
        var range = (From: from ?? (first < data.CoverageStart ? data.CoverageStart : first), To: to ?? data.LastEvent!.Value);
        return range.From > range.To
            ? throw RequestValues.Invalid("the range {0} to {1} is empty; give {from} and {to}", RequestValues.Day(range.From), RequestValues.Day(range.To))
            : range;
    }

    /// <summary>
    /// Refuses periods the data do not cover, before the actor's coverage starts or after the store's
    /// last event, where every figure would be a zero nobody recorded. One rule for every use that
    /// reads a range.
    /// </summary>
    public static void CheckCovered(WatchData data, IReadOnlyList<Period> periods, string actorId)
    {
        var (first, last) = (RequestValues.Day(periods[0].Start), RequestValues.Day(periods[^1].End));
        var (start, end) = (RequestValues.Day(data.CoverageStart), RequestValues.Day(data.CoverageEnd));
        switch (data.Covers(periods[0], periods[^1]))
        {
            case RangeCoverage.BeforeData when data.CoverageReason is { } reason:
                throw new ProblemException(ProblemCodes.NotCovered, "{from} {0}: the data start on {1} for '{2}', {3}; give {from} {1} or later", first, start, actorId, reason);
            case RangeCoverage.BeforeData:
                throw new ProblemException(ProblemCodes.NotCovered,
                    "{from} {0}: the data start on {1} for '{2}', and periods before that would read as zeros; give {from} {1} or later", first, start, actorId);
            case RangeCoverage.AfterData:
                throw new ProblemException(ProblemCodes.NotCovered,
                    "{from} {0}: the store's data end on {1}, and periods after that would read as zeros; give {from} {1} or earlier", first, end);
            case RangeCoverage.RunsPastData:
                throw new ProblemException(ProblemCodes.NotCovered,
                    "{to} {0}: the store's data end on {1}, and periods after {2} would read as zeros; give {to} {2} or earlier", last, end, RequestValues.Day(data.CoverageYearEnd));
        }
    }
}
