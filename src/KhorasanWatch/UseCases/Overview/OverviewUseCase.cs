using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Storage;
using KhorasanWatch.UseCases.Warnings;

namespace KhorasanWatch.UseCases.Overview;

/// <summary>
/// The dashboard's first page, computed in one read: the headline warning level with its warnings,
/// the watched actor's attacks per month over the last 24 months, their target mix and places, and
/// the newest events.
/// </summary>
public sealed class OverviewUseCase(WatchReader reader, WarningsUseCase warningsUseCase)
{
    /// <summary>The months the tempo chart shows.</summary>
    public const int Months = 24;

    /// <summary>The newest events listed.</summary>
    public const int Newest = 10;

    private readonly GenerationMemo<OverviewResult> _computed = new();

    /// <summary>The Overview, computed once per generation of the store's events (the boundaries are read each time: importing them is no ingest).</summary>
    public OverviewResult Compute()
    {
        using var store = reader.OpenStore();
        var overview = _computed.Get(reader.Location, store, "overview", () => Compute(store));
        return overview with { Boundaries = store.LoadBoundaries() };
    }

    private OverviewResult Compute(IWatchStore store)
    {
        var actorId = reader.Profile.WatchedActorId;
        var data = reader.Load(store, actorId);
        var end = data.LastEvent!.Value;
        var monthEnd = new DateOnly(end.Year, end.Month, 1).AddMonths(1).AddDays(-1);
        var first = new DateOnly(end.Year, end.Month, 1).AddMonths(1 - Months);
        var start = first < data.CoverageStart ? new DateOnly(data.CoverageStart.Year, data.CoverageStart.Month, 1) : first;
        var region = new Region();
        var months = IndicatorCalculator.Compute(data.Events, Periods.Covering(start, monthEnd, PeriodKind.Month), region, reader.Rules, data.CoverageStart);
        var window = IndicatorCalculator.Compute(data.Events, [new Period(PeriodKind.Window, start, end)], region, reader.Rules, data.CoverageStart)[0];
        var warnings = warningsUseCase.Detect(new WarningsRequest(actorId)).Report; // the Warnings page's answer, as of the actor's last event
        var attackIds = window.Attacks.EventIds.ToHashSet(StringComparer.Ordinal);
        var attacks = data.Events.Where(e => attackIds.Contains(e.Id)).ToList();
        var newest = store.Events(new EventQuery(WatchedOnly: true, Limit: Newest) { NewestFirst = true }).ToList();
        var targets = window.Targets.Counts.Where(c => c.Value.Count > 0).OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key)
            .Select(c => (c.Key, c.Value.Count)).ToList();
        // A point is a row's place, day and toll: a source whose terms forbid redistribution is mapped for its owner only.
        var withheld = reader.RowsWithheld(store, actorId);
        var points = attacks.Where(e => e.Latitude is not null && e.Longitude is not null && withheld?.Contains(e.Id) != true)
            .Select(e => new EventPoint(e.Id, e.Date.Start, e.Latitude!.Value, e.Longitude!.Value, e.Location ?? e.Admin1 ?? e.Country, e.Country, e.Fatalities.Best))
            .ToList();
        return new OverviewResult(actorId, start, end, warnings, months, window, targets, points, newest, [], reader.Rules.HomeCountry);
    }
}

/// <summary>What the Overview shows; <see cref="Points"/> are the window's attacks that have coordinates.</summary>
public sealed record OverviewResult(
    string ActorId,
    DateOnly From,
    DateOnly To,
    WarningReport Warnings,
    IReadOnlyList<PeriodIndicators> Months,
    PeriodIndicators Window,
    IReadOnlyList<(TargetCategory Category, int Count)> Targets,
    IReadOnlyList<EventPoint> Points,
    IReadOnlyList<StoredEvent> Newest,
    IReadOnlyList<BoundaryRecord> Boundaries,
    string HomeCountry);

/// <summary>An event on the map: where (its place's name and country), when, and its toll.</summary>
public sealed record EventPoint(string Id, DateOnly Day, double Latitude, double Longitude, string Place, string Country, int? Deaths);
