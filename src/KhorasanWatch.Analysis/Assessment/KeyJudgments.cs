using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// Writes the report's key points from the data: what the period shows (tempo, targets, the Taliban
/// fight, the warning level) and what the next three months are likely to bring (the recent pace,
/// a mass-casualty attack, an attack abroad), each forecast by the model its backtest on the store
/// chose (<see cref="ForecastJudgment"/>), with its track record, worded with ICD 203 terms.
/// Between three and seven.
/// </summary>
public static class KeyJudgments
{
    /// <summary>
    /// The key points, most important first: tempo, the leading hypothesis (when a scored matrix is
    /// given), the three forecasts, the warning level, the register's manpower estimate (when
    /// given), then the target mix and the Taliban fight while there is room for seven. The
    /// forecasts read the months up to <paramref name="dataEnd"/> where the data end before the
    /// as-of day, and come with <paramref name="trackRecord"/>, the backtest of their questions on
    /// the store (computed here when not given), and read the window's indicators from
    /// <paramref name="windowIndicators"/> when the caller has them (a report does).
    /// </summary>
    public static IReadOnlyList<KeyJudgment> For(
        IReadOnlyList<ConflictEvent> events, Period window, DateOnly asOf, DateOnly coverageStart, string actor, IndicatorRules rules, WarningReport warnings,
        KeyJudgment? hypothesis = null, KeyJudgment? manpower = null, DateOnly? dataEnd = null, BacktestResult? trackRecord = null, PeriodIndicators? windowIndicators = null)
    {
        var ctx = new JudgmentContext(events, window, asOf, dataEnd ?? asOf, coverageStart, actor, rules, windowIndicators);
        var questions = ForecastQuestion.Report(rules, JudgmentContext.Place(rules.HomeCountry)).ToDictionary(q => q.Id);
        trackRecord ??= ForecastJudgment.TrackRecord(events, questions.Values.ToList(), coverageStart, ctx.Known);
        KeyJudgment[] Forecasts(JudgmentContext c) =>
        [
            Pace(c, trackRecord.For("pace")!),
            Chance(c, trackRecord.For("mass_casualty")!, ("mass-casualty attack", "mass-casualty attacks")),
            Chance(c, trackRecord.For("abroad")!, ($"attack outside {JudgmentContext.Place(rules.HomeCountry)}", $"attacks outside {JudgmentContext.Place(rules.HomeCountry)}")),
        ];
        var forecasts = Forecasts(ctx);
        var uncertain = ctx.LastYear(AttributionBounds.IsPossibleAttack).Count;
        if (uncertain > 0)
        {
            // The same forecasts, with the same models, at the high end of attribution: does the verdict hold?
            var high = Forecasts(new JudgmentContext(AttributionBounds.HighEnd(events), window, asOf, dataEnd ?? asOf, coverageStart, actor, rules));
            forecasts = forecasts.Zip(high, (low, h) => low with { Text = low.Text + AtHighEnd(low, h, uncertain, actor) }).ToArray();
        }

        KeyJudgment?[] ordered =
        [
            Tempo(ctx),
            hypothesis,
            forecasts[0],
            forecasts[1],
            forecasts[2],
            Warned(ctx, warnings),
            manpower,
            Targets(ctx),
            Fight(ctx),
        ];
        return ordered.OfType<KeyJudgment>().Take(7).ToList();
    }

    private static KeyJudgment Tempo(JudgmentContext ctx)
    {
        var p = ctx.Window;
        if (!ctx.InitiatorsRecorded && ctx.Sources.Count > 0)
        {
            return AllEventsTempo(ctx);
        }

        var attacks = p.Attacks.Count;
        var text = $"{ctx.Actor} carried out {Plural(attacks, "attack")} between {ctx.Span} ({(p.Fatalities.NotRecorded ? "deaths not recorded by the loaded sources" : Plural(p.Fatalities.Best, "death") + " recorded")})";
        var (yoy, before) = (p.Tempo.YearOnYear, p.Tempo.PeriodOnPeriod);
        var (baseline, note, comparison) = yoy is not null
            ? ("the same days a year earlier", $"{ctx.Actor} attacks on the same days a year earlier", yoy)
            : ($"the {Plural(p.Period.Days, "day")} before", $"{ctx.Actor} attacks in the {Plural(p.Period.Days, "day")} before", before);
        CitedFigure? cited = null;
        if (comparison is null)
        {
            text += ", with no earlier data of the same length to compare.";
        }
        else
        {
            var period = yoy is not null ? p.Period.YearEarlier() : p.Period.Previous();
            var ids = ctx.In(period, IndicatorRules.IsAttack).Select(e => e.Id).ToList();
            var figure = $"{baseline} ({Plural(comparison.Baseline, "attack")})";
            cited = new CitedFigure(figure, note, ids);
            text += comparison.Current + comparison.Baseline == 0
                ? $", as in {figure}."
                : $", {Change(comparison)} {figure}: {comparison.Describe()}.";
        }

        if (p.Engagements.All.Count > 0)
        {
            var e = p.Engagements;
            text += $" The sources name no initiator in {Plural(e.All.Count, "engagement")} ({Plural(e.Deaths.Best, "death")}): by their headlines " +
                $"{e.ActorAttacks.Count} {(e.ActorAttacks.Count == 1 ? "was" : "were")} {ctx.Actor}'s attacks, counted above, {Plural(e.OperationsAgainstActor.Count, "operation")} against it, and {e.Undetermined.Count} undetermined.";
        }

        if (p.Uncertain.Count > 0)
        {
            text += $" Another {Plural(p.Uncertain.Count, "event")} of uncertain attribution {(p.Uncertain.Count == 1 ? "is" : "are")} not counted.";
        }

        text += ctx.LethalOnly ? " " + IndicatorRules.LethalOnlyNote(ctx.Sources) : "";
        return new KeyJudgment("tempo", text, null, ctx.Confidence(p.Attacks.EventIds), p.Attacks.EventIds) { CitedFigures = cited is null ? [] : [cited] };
    }

    /// <summary>
    /// Tempo where no loaded source records who initiated a fight (a UCDP-only store): every event
    /// of the actor is read, attacks and engagements together, and the sentence says why.
    /// </summary>
    private static KeyJudgment AllEventsTempo(JudgmentContext ctx)
    {
        var p = ctx.Window;
        var deaths = FatalityTotals.Of(ctx.In(p.Period, IndicatorRules.IsInvolved));
        var text = $"The loaded sources ({string.Join(", ", ctx.Sources)}) do not record who started a fight, so tempo reads all {ctx.Actor}'s events: " +
            $"{Plural(p.Events.Count, "event")} between {ctx.Span} ({(deaths.NoneRecorded(p.Events.Count) ? "deaths not recorded" : Plural(deaths.Best, "death"))}), " +
            $"of them {Plural(p.Attacks.Count, "attack")} by the source's account or the headlines.";
        var before = p.Period.YearEarlier();
        var then = ctx.In(before, IndicatorRules.IsInvolved);
        CitedFigure? cited = null;
        if (p.Tempo.YearOnYear is not null)
        {
            var c = RateRatio.Compare(p.Events.Count, p.Period.Days, then.Count, before.Days);
            var figure = $"the same days a year earlier ({Plural(then.Count, "event")})";
            cited = new CitedFigure(figure, $"{ctx.Actor} events on the same days a year earlier", then.Select(e => e.Id).ToList());
            text += c.Current + c.Baseline == 0 ? $" As in {figure}." : $" Against {figure}: {c.Describe()}.";
        }

        text += ctx.LethalOnly ? " " + IndicatorRules.LethalOnlyNote(ctx.Sources) : "";
        return new KeyJudgment("tempo", text, null, ctx.Confidence(p.Events.EventIds), p.Events.EventIds)
        {
            CitedFigures = cited is null ? [] : [cited],
            EventsAre = $"{ctx.Actor}'s events in the period (attacks and engagements: the sources name no initiator)",
        };
    }

    /// <summary>
    /// The chance of keeping the last three months' pace over the next three. After a quiet quarter
    /// there is no pace to keep, so the judgment asks for at least one attack and says the quarter had none.
    /// </summary>
    private static KeyJudgment Pace(JudgmentContext ctx, QuestionBacktest record)
    {
        var recent = ctx.Recent(IndicatorRules.IsAttack);
        var year = ctx.LastYear(IndicatorRules.IsAttack);
        var stated = ForecastJudgment.State(record, ctx.Events, ctx.CoverageStart, ctx.Known, ctx.AsOf);
        var likelihood = Likelihood.For(stated.Probability);
        var quarter = $"the three months to {ctx.KnownText}";
        var judged = $"judged from {Plural(year.Count, "attack")} in the twelve months before, by {stated.Model.Name} (model estimate {Percent(likelihood.Probability)}).{Record(ctx, stated, likelihood)}";
        var ids = year.Select(e => e.Id).ToList();
        var confidence = ForecastJudgment.Confidence(ctx.Confidence(ids), stated);
        if (recent.Count == 0)
        {
            return new KeyJudgment(
                "pace", $"It is {likelihood} that {ctx.Actor} carries out at least one attack in the next three months, after none in {quarter} — {judged}", likelihood, confidence, ids);
        }

        var text = $"It is {likelihood} that {ctx.Actor} keeps at least its recent pace — {Plural(stated.Threshold, "attack")} in the next three months, as in {quarter} — {judged}";
        return new KeyJudgment("pace", text, likelihood, confidence, ids)
        {
            CitedFigures = [new CitedFigure($"as in {quarter}", $"{ctx.Actor} attacks in {quarter}", recent.Select(e => e.Id).ToList())],
        };
    }

    private static KeyJudgment Chance(JudgmentContext ctx, QuestionBacktest record, (string One, string Many) noun)
    {
        var year = ctx.LastYear(record.Question.Counted);
        var stated = ForecastJudgment.State(record, ctx.Events, ctx.CoverageStart, ctx.Known, ctx.AsOf);
        var likelihood = Likelihood.For(stated.Probability);
        var text =
            $"{Capitalised(record.Question.Text)} by {ctx.Actor} in the three months after {ctx.AsOfText} is {likelihood}: the twelve months before saw {year.Count.ToString("N0", CultureInfo.InvariantCulture)} {(year.Count == 1 ? noun.One : noun.Many)} " +
            $"(model estimate {Percent(likelihood.Probability)}, by {stated.Model.Name}).{Record(ctx, stated, likelihood)}";
        var ids = year.Select(e => e.Id).ToList();
        var confidence = ForecastJudgment.Confidence(ctx.Confidence(ctx.LastYear(IndicatorRules.IsAttack).Select(e => e.Id).ToList()), stated);
        return new KeyJudgment(record.Question.Id, text, likelihood, confidence, ids);
    }

    /// <summary>" Made the same way each month …", and where the data end before the as-of day, what the forecast reads.</summary>
    private static string Record(JudgmentContext ctx, StatedForecast stated, Likelihood likelihood)
    {
        var text = " " + ForecastJudgment.Describe(stated, likelihood);
        if (ctx.Known < ctx.AsOf)
        {
            text += $" The data end on {ctx.KnownText}, {Plural(ctx.AsOf.DayNumber - ctx.Known.DayNumber, "day")} before {ctx.AsOfText}: the forecast reads the months to then, not the days after as days without attacks" +
                (stated.UnobservedMonths > 0 ? $", and carries its model through {Plural(stated.UnobservedMonths, "unobserved month")}." : ".");
        }

        return text;
    }

    private static KeyJudgment? Targets(JudgmentContext ctx)
    {
        var mix = ctx.Window.Targets;
        var total = mix.Counts.Values.Sum(t => t.Count);
        if (total == 0)
        {
            return null;
        }

        var top = mix.Counts.Where(c => c.Value.Count > 0).OrderByDescending(c => c.Value.Count).Take(2).ToList();
        var text = $"{ctx.Actor}'s attacks in the period aimed mostly at {string.Join(" and then ", top.Select(t => $"{t.Key.Describe()} ({Percent(mix.Share(t.Key))})"))}";
        text += mix.ShiftAgainstTrailingYear is { } shift
            ? shift.P < 0.05
                ? $"; the mix differs from the twelve months before ({Figures.P(shift.P)})."
                : $"; the mix is not clearly different from the twelve months before ({Figures.P(shift.P)})."
            : ".";
        var ids = top.SelectMany(t => t.Value.EventIds).ToList();
        return new KeyJudgment("targets", text, null, ctx.Confidence(ctx.Window.Attacks.EventIds), ids);
    }

    private static KeyJudgment? Fight(JudgmentContext ctx)
    {
        var fight = ctx.Window.Fight;
        if (!fight.Recorded || fight.AdversaryOperations.Count + fight.AttacksOnAdversary.Count + fight.Clashes.Count == 0)
        {
            return null;
        }

        var text =
            $"In the Taliban–{ctx.Actor} fight the data hold {Plural(fight.AdversaryOperations.Count, "Taliban operation")} against {ctx.Actor} " +
            $"({Plural(fight.AdversaryOperationDeaths.Best, "death")}) and {Plural(fight.AttacksOnAdversary.Count, $"{ctx.Actor} attack")} on the Taliban " +
            $"({Plural(fight.AttackDeaths.Best, "death")}) between {ctx.Span}.";
        var ids = fight.AdversaryOperations.EventIds.Concat(fight.AttacksOnAdversary.EventIds).Concat(fight.Clashes.EventIds).ToList();
        return new KeyJudgment("fight", text, null, ctx.Confidence(ids), ids);
    }

    private static KeyJudgment Warned(JudgmentContext ctx, WarningReport warnings)
    {
        var level = WireNames.Level(warnings.Level);
        if (warnings.Warnings.Count == 0)
        {
            return new KeyJudgment(
                "warnings", $"No detector fired as of {ctx.AsOfText}: the warning level is none ({Plural(warnings.Tests, "test")}).{ByChance(warnings)}{AttributionNote(ctx, warnings)}", null, ctx.Confidence(ctx.Window.Attacks.EventIds), []);
        }

        var top = warnings.Warnings[0];
        var text = $"The warning level as of {ctx.AsOfText} is {level}, from {Plural(warnings.Warnings.Count, "signal")} in {Plural(warnings.Tests, "test")}; the strongest: {top.Statement}{ByChance(warnings)}{AttributionNote(ctx, warnings)}";
        return new KeyJudgment("warnings", text, null, ctx.Confidence(top.EventIds), top.EventIds);
    }

    /// <summary>" The same with the 2 events …" or " With the 2 events … counted, it would be likely (…)".</summary>
    private static string AtHighEnd(KeyJudgment low, KeyJudgment high, int uncertain, string actor)
    {
        var events = $"{Plural(uncertain, "attack")} of uncertain attribution in the twelve months counted as {actor}'s";
        return low.Likelihood?.Term == high.Likelihood?.Term
            ? $" The verdict holds with the {events}."
            : $" With the {events}, it would be {high.Likelihood} (model estimate {Percent(high.Likelihood!.Probability)}).";
    }

    private static string AttributionNote(JudgmentContext ctx, WarningReport warnings) =>
        warnings.AttributionHigh is { } high ? " " + high.Describe(warnings.Level, ctx.Actor) : "";

    /// <summary>" The tests are calibrated together: with nothing changed, …": what the level means, when tests ran.</summary>
    private static string ByChance(WarningReport warnings) =>
        warnings.Chance.Replicates == 0
            ? ""
            : $" The tests are calibrated together: with nothing changed, the level would reach warning in {(warnings.Chance.HeadlineWarning * 100).ToString("0.#", CultureInfo.InvariantCulture)} % of runs.";

    private static string Change(RateComparison yoy) =>
        yoy.P >= 0.05 ? "not clearly different from" : yoy.Ratio > 1 ? "up on" : "down on";

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    internal static string Plural(long n, string one) =>
        Figures.Count(n, one);

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
