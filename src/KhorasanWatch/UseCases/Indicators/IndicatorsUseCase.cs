using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.UseCases.Indicators;

/// <summary>The seed paper's indicators per period, with year-on-year rate ratios: what <c>indicators</c> answers in every host.</summary>
public sealed class IndicatorsUseCase(WatchReader reader)
{
    /// <summary>The periods indicators are cut into, as every host names them.</summary>
    public static readonly string[] Periods = ["week", "month", "quarter", "year", "window"];

    /// <summary>A period by its name; quarter when none is given, as in every host.</summary>
    public static PeriodKind Period(string? text) =>
        Enum.Parse<PeriodKind>(RequestValues.OneOf(RequestValues.Blank(text), "period", "quarter", Periods), ignoreCase: true);

    public IndicatorsResult Compute(IndicatorsRequest request)
    {
        var actorId = reader.ActorId(request.ActorId);
        var region = reader.Region(request.Country, request.Province);
        RequestValues.CheckOrder(request.From, request.To);
        using var store = reader.OpenStore();
        var data = reader.Load(store, actorId).For(region.Country, reader.Rules.HomeCountry);
        var range = WatchReader.DefaultRange(data, request.From, request.To);
        var periods = Analysis.Indicators.Periods.Covering(range.From, range.To, request.Period);
        WatchReader.CheckCovered(data, periods, actorId);

        var indicators = IndicatorCalculator.Compute(data.Events, periods, region, reader.Rules, data.CoverageStart);
        var context = new IndicatorContext(actorId, region, request.Period, range.From, range.To, data.CoverageStart)
        {
            LethalOnlySources = IndicatorRules.LethalOnly(data.Events) ? IndicatorRules.SourcesOf(data.Events) : null,
        };
        return new IndicatorsResult(context, indicators) { Marking = WatchReader.DerivedMarking(store) };
    }
}

/// <summary>
/// Whose indicators (the watched actor when null), where, cut how, over which days. The range
/// defaults to the actor's first event (or the start of its coverage, if later) and its last event;
/// <see cref="PeriodKind.Window"/> makes the whole range one period (the paper's "first four months").
/// </summary>
public sealed record IndicatorsRequest(
    string? ActorId = null,
    string? Country = null,
    string? Province = null,
    PeriodKind Period = PeriodKind.Quarter,
    DateOnly? From = null,
    DateOnly? To = null);

/// <summary>The indicators of each period, with what was asked.</summary>
public sealed record IndicatorsResult(IndicatorContext Context, IReadOnlyList<PeriodIndicators> Periods)
{
    /// <summary>The indicators' TLP marking, derived from the events the reader may read (<see cref="WatchReader.DerivedMarking"/>); null in a store without users.</summary>
    public Analysis.Sharing.TlpLevel? Marking { get; init; }
}

/// <summary>What was asked: whose indicators, where, cut how, over which days, and where the data begin.</summary>
public sealed record IndicatorContext(string ActorId, Region Region, PeriodKind Kind, DateOnly From, DateOnly To, DateOnly CoverageStart)
{
    /// <summary>The loaded sources of the actor's events when they record only lethal events (UCDP); else null.</summary>
    public IReadOnlyList<string>? LethalOnlySources { get; init; }
}
