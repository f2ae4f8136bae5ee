using System.Globalization;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;

using KhorasanWatch.UseCases.Indicators;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>kwatch indicators</c> for people: one line per period within 80 columns, then the latest
/// period's detail (targets, spread, the Taliban fight, scale, strikes).
/// </summary>
internal static class IndicatorTableWriter
{
    public static void Write(TextWriter output, IndicatorContext context, IReadOnlyList<PeriodIndicators> periods)
    {
        output.WriteLine($"{context.ActorId} in {context.Region}, {context.From:yyyy-MM-dd} to {context.To:yyyy-MM-dd}, by {WireNames.Period(context.Kind)}");
        var windows = context.Kind == PeriodKind.Window;
        if (windows)
        {
            // A window's label is its two dates (21 columns); the table says "window" and the dates stand here.
            output.WriteLine($"window: {string.Join("; ", periods.Select(p => $"{p.Period.Start:yyyy-MM-dd} to {p.Period.End:yyyy-MM-dd}"))}");
        }

        if (context.LethalOnlySources is { } lethal)
        {
            output.WriteLine(IndicatorRules.LethalOnlyNote(lethal));
        }

        var table = new TextTable("period", "events", "attacks", "uncert", "deaths", "prov", "abroad", "vs year before", "p");
        foreach (var p in periods)
        {
            table.Add(
                (windows ? "window" : p.Period.Label) + (p.Period.Partial ? "*" : ""),
                N(p.Events.Count),
                N(p.Attacks.Count),
                N(p.Uncertain.Count),
                p.Fatalities.NotRecorded ? "n/r" : N(p.Fatalities.Best),
                p.Spread.ProvincesRecorded ? N(p.Spread.Provinces.Count) : "?",
                N(p.Spread.OutsideHome.Values.Sum(t => t.Count)),
                Ratio(p.Tempo.YearOnYear),
                P(p.Tempo.YearOnYear));
        }

        table.Write(output);
        TextWrap.Write(output, "", "* partial period. uncert: attribution uncertain (not in events or attacks). deaths: in attacks (best); n/r: no loaded source records them.", 2);
        TextWrap.Write(
            output,
            "",
            $"vs year before: attacks against the same days a year earlier, exact 95 % CI; \"0 vs 0\" where neither has an attack; " +
            $"n/a where that year starts before the data ({context.CoverageStart:yyyy-MM-dd}) or the period is longer than a year (it would overlap its own baseline).",
            2);
        if (periods.Count > 0)
        {
            WriteDetail(output, periods[^1]);
        }
    }

    private static void WriteDetail(TextWriter output, PeriodIndicators p)
    {
        output.WriteLine();
        output.WriteLine($"{p.Period.Label}:");
        var targets = p.Targets.Counts.Where(t => t.Value.Count > 0).OrderByDescending(t => t.Value.Count)
            .Select(t => $"{t.Key.Id()} {t.Value.Count} ({p.Targets.Share(t.Key):P0})");
        Line(output, "targets", string.Join(", ", targets), "none");
        if (p.Targets.ShiftAgainstTrailingYear is { } shift)
        {
            Line(output, "mix shift", $"chi-square {shift.Statistic:0.0}, {shift.Degrees} df, {Figures.P(shift.P)} ({shift.Method.Replace('_', '-')}) against the previous 12 months", "");
        }

        Line(output, "provinces", string.Join(", ", p.Spread.Provinces.Select(x => $"{x.Key.Province} {x.Value.Count}")), "none");
        Line(output, "new", p.Spread.NewProvinces is { } fresh ? string.Join(", ", fresh.Select(k => k.Province)) : "(no data for the previous 12 months)", "none");
        Line(output, "abroad", string.Join(", ", p.Spread.OutsideHome.Select(x => $"{x.Key} {x.Value.Count}")), "none");
        Line(output, "westerners", N(p.Spread.OnWesterners.Count), "");
        var fight = p.Fight;
        Line(output, "taliban", fight.Recorded
            ? $"{Of(fight.AdversaryOperations.Count, "operation")} against the group ({Deaths(fight.AdversaryOperationDeaths, fight.AdversaryOperations.Count)}), " +
              $"{Of(fight.AttacksOnAdversary.Count, "attack")} on the Taliban ({Deaths(fight.AttackDeaths, fight.AttacksOnAdversary.Count)}), {Of(fight.Clashes.Count, "clash", "clashes")}"
            : $"{Of(fight.AttacksOnAdversary.Count, "attack")} on the Taliban ({Deaths(fight.AttackDeaths, fight.AttacksOnAdversary.Count)}); operations against the group and clashes {IndicatorRules.SelectionNotRecorded}", "");
        var engaged = p.Engagements;
        if (engaged.All.Count > 0)
        {
            Line(output, "engaged", $"{Of(engaged.All.Count, "fight")} with no initiator recorded ({Deaths(engaged.Deaths, engaged.All.Count)}); by their text " +
                $"{Of(engaged.ActorAttacks.Count, "attack")} by the group (counted above), {Of(engaged.OperationsAgainstActor.Count, "operation")} against it, {N(engaged.Undetermined.Count)} undetermined", "");
        }

        var scale = p.Scale;
        Line(output, "scale", $"{(scale.DeathsPerAttack is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "n/a")} dead per attack" +
            $"{(scale.DeathsPerAttackLow != scale.DeathsPerAttackHigh ? $" ({scale.DeathsPerAttackLow:0.0}–{scale.DeathsPerAttackHigh:0.0})" : "")}, " +
            $"{N(scale.MassCasualty.Count)} mass-casualty, {(scale.SuicideRecorded ? $"{N(scale.Suicide.Count)} suicide" : "suicide not recorded")}, " +
            $"{(scale.ComplexRecorded ? $"{N(scale.Complex.Count)} complex" : "complex not recorded")}", "");
        if (!p.Strikes.Recorded)
        {
            Line(output, "strikes", StrikeHarm.NotRecorded, "");
        }
        else
        {
            Line(output, "strikes", $"{Of(p.Strikes.Strikes.Count, "foreign air/drone strike")} ({Deaths(p.Strikes.StrikeDeaths, p.Strikes.Strikes.Count)}), " +
                $"{N(p.Strikes.OnCivilians.Count)} hitting civilians ({Deaths(p.Strikes.CivilianStrikeDeaths, p.Strikes.OnCivilians.Count)})", "");
        }
    }

    private static void Line(TextWriter output, string label, string text, string empty) =>
        TextWrap.Write(output, $"  {label,-11}", text.Length == 0 ? empty : text, 13);

    private static string Of(long n, string one, string? many = null) => Figures.Count(n, one, many);

    /// <summary>"12 dead", "deaths not recorded" where no event gives a toll, "12 dead, 3 with no toll" in between.</summary>
    private static string Deaths(FatalityTotals f, int events) =>
        f.NoneRecorded(events) ? "deaths not recorded"
        : f.Unknown > 0 ? $"{N(f.Best)} dead, {N(f.Unknown)} with no toll"
        : $"{N(f.Best)} dead";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(RateComparison? c) =>
        c is null ? "n/a"
        : c.Baseline == 0 && c.Current == 0 ? "0 vs 0"
        : c.Baseline == 0 ? $"{N(c.Current)} vs none"
        : $"×{Figures.Ratio(c.Ratio)} ({Figures.Ratio(c.Low)}–{Figures.Ratio(c.High)})";

    /// <summary>The p-value without its "p = ": "0.63", or "&lt;0.001".</summary>
    private static string P(RateComparison? c) =>
        c is null || double.IsNaN(c.Ratio) ? "" : c.P < 0.001 ? "<0.001" : Figures.P(c.P)["p = ".Length..];
}
