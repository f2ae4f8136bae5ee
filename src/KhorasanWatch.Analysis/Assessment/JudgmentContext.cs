using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// What every key judgment needs: the period's indicators, the twelve months and three months to
/// the last day the data cover (the as-of day, or the data's end when that comes first: later days
/// are not known to be quiet), and the evidence's confidence.
/// </summary>
internal sealed class JudgmentContext
{
    private readonly IReadOnlyList<ConflictEvent> _events;
    private readonly Dictionary<string, ConflictEvent> _byId;
    private readonly Period _year;
    private readonly Period _quarter;
    private readonly double _yearsOfData;

    public JudgmentContext(
        IReadOnlyList<ConflictEvent> events, Period window, DateOnly asOf, DateOnly dataEnd, DateOnly coverageStart, string actor, IndicatorRules rules, PeriodIndicators? windowIndicators = null)
    {
        _events = events;
        _byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Window = windowIndicators ?? IndicatorCalculator.Compute(events, [window], Region.All, rules, coverageStart)[0];
        Known = dataEnd < asOf ? dataEnd : asOf;
        _year = new Period(PeriodKind.Window, Known.AddYears(-1).AddDays(1), Known);
        _quarter = new Period(PeriodKind.Window, Known.AddMonths(-3).AddDays(1), Known);
        _yearsOfData = Math.Max(0, (Known.DayNumber - coverageStart.DayNumber + 1) / 365.25);
        (Events, AsOf, CoverageStart) = (events, asOf, coverageStart);
        Actor = actor;
        AsOfText = Figures.Day(asOf);
        KnownText = Figures.Day(Known);
        Span = $"{Figures.Day(window.Start)} and {Figures.Day(window.End)}";
    }

    public PeriodIndicators Window { get; }

    public IReadOnlyList<ConflictEvent> Events { get; }

    public DateOnly AsOf { get; }

    public DateOnly CoverageStart { get; }

    /// <summary>The last day the forecasts read: the as-of day, or the data's end when it comes first.</summary>
    public DateOnly Known { get; }

    public string KnownText { get; }

    /// <summary>Whether some source of the actor's events records who initiated a fight (<see cref="IndicatorRules.InitiatorsRecorded"/>).</summary>
    public bool InitiatorsRecorded => IndicatorRules.InitiatorsRecorded(_events);

    /// <summary>Whether every source of the actor's events records only lethal events (<see cref="IndicatorRules.LethalOnly"/>).</summary>
    public bool LethalOnly => IndicatorRules.LethalOnly(_events);

    /// <summary>The loaded sources of the actor's events, by provenance ("UCDP").</summary>
    public IReadOnlyList<string> Sources => IndicatorRules.SourcesOf(_events);

    public string Actor { get; }

    public string AsOfText { get; }

    public string Span { get; }

    public List<ConflictEvent> LastYear(Func<ConflictEvent, bool> counts) => In(_year, counts);

    public List<ConflictEvent> Recent(Func<ConflictEvent, bool> counts) => In(_quarter, counts);

    public static string Place(string iso3) => Gazetteer.Default.FindCountry(iso3)?.Name ?? iso3;

    /// <summary>The confidence the events behind a judgment support, with the uncertain events of the same days counted against it.</summary>
    public AnalyticConfidence Confidence(IReadOnlyList<string> eventIds)
    {
        var supporting = eventIds.Where(_byId.ContainsKey).Select(id => _byId[id]).ToList();
        var sources = supporting.Select(e => e.Provenance).Distinct(StringComparer.Ordinal).ToList();
        var uncertain = Window.Uncertain.Count;
        return AnalyticConfidence.From(supporting.Count, uncertain, sources, _yearsOfData);
    }

    /// <summary>The events of <paramref name="period"/> that <paramref name="counts"/> counts, placed by their first possible day as the indicators place them.</summary>
    public List<ConflictEvent> In(Period period, Func<ConflictEvent, bool> counts) =>
        _events.Where(e => period.Contains(e.Date.Start) && counts(e)).ToList();
}
