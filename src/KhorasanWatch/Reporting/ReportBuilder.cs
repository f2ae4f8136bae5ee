using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Assessment;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Reporting;

/// <summary>
/// Computes the report's content from the store's data; no clock is read, so the same data and
/// request give the same report. Claims marked more restrictively than the report (TLP:RED in a
/// TLP:AMBER report) are left out of every section and counted, so nothing leaks through a report.
/// </summary>
public static class ReportBuilder
{
    /// <summary>The detectors' settings for a report: the defaults, as `kwatch warnings` without options.</summary>
    public static readonly WarningOptions Warning = new();

    public static ReportContent Build(
        WatchData data, IReadOnlyList<MonthCount> otherActors, IReadOnlyList<BoundaryRecord> boundaries, IReadOnlyList<Claim> register,
        (AchMatrix Matrix, int? Version) matrix, ReportRequest request, IndicatorRules rules)
    {
        // A report may carry only what its own marking allows: claims marked more restrictively stay out.
        var claims = register.Where(c => c.Tlp <= request.Tlp).ToList();
        var events = data.Events.ToList();
        var months = Analysis.Indicators.Periods.Covering(request.From, request.To, PeriodKind.Month);
        var context = otherActors.ToDictionary(m => m.Month, m => m.Events);
        var dataEnd = StoreBacktest.DataEnd(data);
        var known = dataEnd < request.AsOf ? dataEnd : request.AsOf;

        // The track record, the window's figures with its target-mix test, and the warnings do not
        // read one another and are pure: computed side by side, on the cores the warnings leave idle.
        var trackRecordTask = Task.Run(() => ForecastJudgment.TrackRecord(events, StoreBacktest.Questions(rules), data.CoverageStart, known, data.Results));
        var windowTask = Task.Run(() =>
        {
            var figures = IndicatorCalculator.Compute(events, [request.Window], Region.All, rules, data.CoverageStart)[0];
            _ = figures.Targets.ShiftAgainstTrailingYear;
            return figures;
        });
        var warnings = WarningDetector.Detect(events, request.AsOf, data.CoverageStart, Region.All, rules, Warning, data.Results);
        var assessment = MatrixEvaluation.Evaluate(matrix.Matrix, matrix.Version, claims, events, request.AsOf, data.CoverageStart, rules, warnings);
        var series = claims.Where(c => c.IsNumeric).Select(c => c.Subject).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(subject => ClaimSeries.Build(claims, subject, PeriodKind.Year, GradeWeights.Default))
            .ToList();
        var manpower = series.FirstOrDefault(s => s.Subject == "manpower") is { } m ? JudgedEstimates.Manpower(m, request.ActorName, request.AsOf) : null;
        var trackRecord = trackRecordTask.GetAwaiter().GetResult();
        var window = windowTask.GetAwaiter().GetResult();
        // A monthly report's periods are the months its charts read: computed once.
        var byPeriod = IndicatorCalculator.Compute(events, Analysis.Indicators.Periods.Covering(request.From, request.To, request.Period), Region.All, rules, data.CoverageStart);
        var judgments = KeyJudgments.For(
            events, request.Window, request.AsOf, data.CoverageStart, request.ActorName, rules, warnings, JudgedEstimates.Hypothesis(matrix.Matrix, assessment.Score, assessment.Evidence, request.AsOf), manpower,
            dataEnd, trackRecord, window);
        return new ReportContent(
            request,
            window,
            Covered(request.Window.YearEarlier() is var yearEarlier && yearEarlier.End < request.From ? yearEarlier : null),
            Covered(request.Window.Previous()),
            Covered(request.Window.TrailingYear()),
            byPeriod,
            request.Period == PeriodKind.Month ? byPeriod : IndicatorCalculator.Compute(events, months, Region.All, rules, data.CoverageStart),
            months.Select(m => context.GetValueOrDefault(new DateOnly(m.Start.Year, m.Start.Month, 1))).ToList(),
            warnings,
            judgments,
            boundaries.Where(b => b.Country == rules.HomeCountry).OrderBy(b => b.Admin1, StringComparer.Ordinal).ToList(),
            data.Counted.ToDictionary(c => c.Event.Id, StringComparer.Ordinal),
            data.CoverageStart,
            data.Counted.Select(c => c.Event.Provenance).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            claims.ToDictionary(c => c.Id, StringComparer.Ordinal),
            series,
            ClaimDisagreements.Find(claims, Html.HtmlText.ClaimName, t => Html.HtmlText.Days(t.Start, t.End)),
            register.Count - claims.Count,
            assessment)
        {
            TrackRecord = trackRecord,
            PeriodsYearEarlier = IndicatorCalculator.Compute(events, byPeriod.Select(p => p.Period.YearEarlier()).ToList(), Region.All, rules, data.CoverageStart),
            Curated = data.Counted.Select(c => c.Event.Dataset).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Rules = rules,
            NeighbourOperations = (Neighbours(events, byPeriod[^1].Period, rules), Neighbours(events, byPeriod[^1].Period.YearEarlier(), rules)),
            EventSources = (IndicatorRules.SourcesOf(events), IndicatorRules.InitiatorsRecorded(events), IndicatorRules.LethalOnly(events)),
        };

        // A comparison window the data do not reach, or that overlaps the report's window, is not computed: its counts would mislead.
        PeriodIndicators? Covered(Period? period) =>
            period is not null && period.Start >= data.CoverageStart
                ? IndicatorCalculator.Compute(events, [period], Region.All, rules, data.CoverageStart)[0]
                : null;
    }

    /// <summary>Operations against the watched actor by the forces of its neighbours, in date order.</summary>
    private static Tally Neighbours(IEnumerable<Analysis.Events.ConflictEvent> events, Period period, IndicatorRules rules) =>
        Tally.Of(events.Where(e => period.Contains(e.Date.Start) && rules.IsNeighbourAction(e)).OrderBy(e => e.Date.Start).ThenBy(e => e.Id, StringComparer.Ordinal));
}
