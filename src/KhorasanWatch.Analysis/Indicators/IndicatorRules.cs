using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Engagements;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// What each indicator counts, written once. Only events whose source is certain of the watched
/// actor count as its events and attacks; "Taliban and/or ISKP" events are <see cref="IsUncertain"/>
/// and counted apart. The actor ids name the watched actor's main adversary, the neighbouring
/// states' forces, the forces whose air and drone strikes in <see cref="StrikeCountry"/> are watched
/// for civilian harm (foreign forces and the neighbours'), and civilians.
/// </summary>
public sealed record IndicatorRules(
    string AdversaryId, IReadOnlySet<string> NeighbourForceIds, IReadOnlySet<string> StrikeActorIds, string CiviliansId, string StrikeCountry, string HomeCountry)
{
    private static readonly string[] IskpNeighbours = ["pakistan_forces", "iran_forces", "tajikistan_forces", "uzbekistan_forces"];

    /// <summary>
    /// The state's forces before the adversary took the state (<see cref="StateTakenOn"/>): with the
    /// adversary after it, one series of operations by whoever rules the home country. Null: no change of state.
    /// </summary>
    public string? FormerStateId { get; init; }

    /// <summary>The day the adversary took the state (15 August 2021 for the Taliban).</summary>
    public DateOnly? StateTakenOn { get; init; }

    /// <summary>Target categories that take over from one another on a day; detectors count them as one across it.</summary>
    public CategorySuccessions Successions { get; init; } = CategorySuccessions.None;

    /// <summary>The home country by name, for text ("attacks outside Afghanistan").</summary>
    public string HomeCountryName => Places.Gazetteer.Default.FindCountry(HomeCountry)?.Name ?? HomeCountry;

    /// <summary>A mass-casualty attack kills at least this many (best estimate).</summary>
    public const int MassCasualtyDeaths = 10;

    /// <summary>The rules of the shipped ISKP profile.</summary>
    public static IndicatorRules Iskp { get; } = new(
        "taliban",
        new HashSet<string>(IskpNeighbours, StringComparer.Ordinal),
        new HashSet<string>(["foreign_forces", .. IskpNeighbours], StringComparer.Ordinal),
        "civilians",
        "AFG",
        "AFG")
    {
        Successions = CategorySuccessions.From(Profiles.WatchProfile.Iskp.Targets.Rules),
        FormerStateId = "afghan_republic",
        StateTakenOn = new DateOnly(2021, 8, 15),
    };

    /// <summary>
    /// Whether some source of the actor's events records who initiated a fight (ACLED and GTD do;
    /// UCDP does not outside one-sided violence). Without one, tempo is read from all its events.
    /// </summary>
    public static bool InitiatorsRecorded(IEnumerable<ConflictEvent> events) => events.Any(e => IsInvolved(e) && SourceCoverage.Of(e.Source).RecordsInitiator);

    /// <summary>
    /// Whether every source of the actor's events records only events that killed someone (UCDP):
    /// then an attack that killed no one is not in any count, and a count says "lethal attacks".
    /// </summary>
    public static bool LethalOnly(IEnumerable<ConflictEvent> events)
    {
        var any = false;
        foreach (var e in events.Where(IsInvolved))
        {
            if (!SourceCoverage.Of(e.Source).LethalOnly)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// Whether some loaded record is from a source's own data, not a curated compilation (a row
    /// naming a <see cref="ConflictEvent.Dataset"/>): a compilation is a selection of the actor's
    /// attacks, so operations against the actor, clashes, strikes and neighbours' actions are absent
    /// from it without being zero.
    /// </summary>
    public static bool RecordsOtherEvents(IEnumerable<ConflictEvent> events) => events.Any(e => e.Dataset is null);

    /// <summary>What a figure of other events reads when only curated compilations are loaded.</summary>
    public const string SelectionNotRecorded = "not recorded: the loaded sources are a curated selection of the actor's attacks, which holds no operations against it, clashes or strikes";

    /// <summary>The sentence a count of a lethal-only store carries, naming its sources.</summary>
    public static string LethalOnlyNote(IReadOnlyList<string> sources) =>
        $"The loaded sources ({string.Join(", ", sources)}) record only events in which someone was killed: attacks that killed no one are in no count here.";

    /// <summary>Where the actor's events come from, as a reader is told ("UCDP", "Khorasan Watch curated compilation"), sorted.</summary>
    public static IReadOnlyList<string> SourcesOf(IEnumerable<ConflictEvent> events) =>
        events.Where(IsInvolved).Select(e => e.Provenance).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The source is sure the watched actor took part, in any role.</summary>
    public static bool IsInvolved(ConflictEvent e) => e.Attribution == Attribution.Certain && e.Role != WatchRole.None;

    public static bool IsUncertain(ConflictEvent e) => e.Attribution == Attribution.Uncertain;

    /// <summary>
    /// The watched actor carried the attack out, by the source's certain account: as its perpetrator,
    /// or in an engagement whose text says it attacked (<see cref="ConflictEvent.Engagement"/>).
    /// </summary>
    public static bool IsAttack(ConflictEvent e) =>
        e.Attribution == Attribution.Certain && (e.Role == WatchRole.Perpetrator || e.Engagement?.Kind == EngagementKind.ActorAttack);

    /// <summary>The watched actor fought and the source names no initiator (UCDP's dyads), whatever the text says of who acted.</summary>
    public static bool IsEngagement(ConflictEvent e) => e.Attribution == Attribution.Certain && e.Engagement is not null;

    /// <summary>An engagement whose text says the other side acted against the watched actor.</summary>
    public static bool IsOperationAgainstActor(ConflictEvent e) => IsEngagement(e) && e.Engagement!.Kind == EngagementKind.OperationAgainstActor;

    /// <summary>An engagement whose text does not say who acted.</summary>
    public static bool IsUndeterminedEngagement(ConflictEvent e) => IsEngagement(e) && e.Engagement!.Kind == EngagementKind.Undetermined;

    public static bool IsMassCasualty(ConflictEvent e) => IsAttack(e) && e.Fatalities.Best >= MassCasualtyDeaths;

    public static bool IsSuicide(ConflictEvent e) => IsAttack(e) && e.Suicide;

    /// <summary>
    /// The sources flag no complex attacks; the notes describe them: "complex attack", or a suicide or
    /// vehicle bomb with gunmen or an assault in the same sentence (<see cref="ComplexAttack"/>).
    /// </summary>
    public static bool IsComplex(ConflictEvent e) =>
        IsAttack(e) && e.Notes is { } notes && ComplexAttack.IsDescribedIn(notes);

    public static bool IsOnWesterners(ConflictEvent e) => IsAttack(e) && e.TargetCategory == TargetCategory.WesternersForeigners;

    public bool IsOutsideHome(ConflictEvent e) => IsAttack(e) && e.Country != HomeCountry;

    public static bool IsOnAdversary(ConflictEvent e) => IsAttack(e) && e.TargetCategory == TargetCategory.Taliban;

    /// <summary>The adversary acted against the watched actor: it is the source's side B, or an engagement's text says so.</summary>
    public bool IsAdversaryOperation(ConflictEvent e) =>
        e.Attribution == Attribution.Certain && e.ActorIds.Contains(AdversaryId) && (e.Role == WatchRole.Target || IsOperationAgainstActor(e));

    /// <summary>
    /// The state's forces acted against the watched actor, whoever the state was: the former
    /// state's (the Republic's) before <see cref="StateTakenOn"/>, the adversary's from that day — the
    /// paper's "is the state committed to suppressing ISKP", one series across the change of regime.
    /// </summary>
    public bool IsStateOperation(ConflictEvent e) =>
        e.Attribution == Attribution.Certain && (e.Role == WatchRole.Target || IsOperationAgainstActor(e)) &&
        e.ActorIds.Contains(StateTakenOn is { } day && FormerStateId is { } former && e.Date.Start < day ? former : AdversaryId);

    /// <summary>A neighbouring state's forces acted against the watched actor (it is the source's side B).</summary>
    public bool IsNeighbourAction(ConflictEvent e) =>
        e.Attribution == Attribution.Certain && e.Role == WatchRole.Target && e.ActorIds.Any(NeighbourForceIds.Contains);

    /// <summary>The two fought and neither the source nor its text says who started it (UCDP dyads).</summary>
    public bool IsClashWithAdversary(ConflictEvent e) =>
        e.Attribution == Attribution.Certain && e.Role == WatchRole.Party && e.ActorIds.Contains(AdversaryId) &&
        e.Engagement?.Kind is null or EngagementKind.Undetermined;

    /// <summary>An air or drone strike by a watched foreign force in the strike country, whoever its target.</summary>
    /// <summary>ACLED's sub-event type of air and drone strikes, the one source that codes them (<see cref="SourceCoverage.RecordsStrikes"/>).</summary>
    public static bool IsAirOrDroneStrike(string? subEventType) => string.Equals(subEventType, "Air/drone strike", StringComparison.OrdinalIgnoreCase);

    public bool IsForeignStrike(ConflictEvent e) =>
        e.Country == StrikeCountry &&
        IsAirOrDroneStrike(e.SubEventType) &&
        e.ActorIds.Any(StrikeActorIds.Contains);

    /// <summary>A foreign strike that the source records as hitting civilians.</summary>
    public bool IsStrikeOnCivilians(ConflictEvent e) =>
        IsForeignStrike(e) && (e.EventType == EventType.ViolenceAgainstCivilians || e.ActorIds.Contains(CiviliansId));
}
