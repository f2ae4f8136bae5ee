using System.Globalization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// Key judgments from the analyst's side of the assessment: the hypothesis the evidence is least
/// inconsistent with, and the register's combined manpower estimate. Confidence in the hypothesis
/// is <b>low</b> when the lead is shared or a single item, if wrong, would hand it to another
/// hypothesis; <b>high</b> when the runner-up is at least 2 points of weighted inconsistency behind,
/// no item is that critical and at least half the items are of high credibility; <b>moderate</b>
/// otherwise. Confidence in an estimate is <b>high</b>
/// with two or more independent claims graded B2 or better, <b>low</b> with none graded C3 or
/// better, <b>moderate</b> otherwise.
/// </summary>
public static class JudgedEstimates
{
    /// <summary>
    /// The hypothesis key judgment. With the <paramref name="evidence"/> as read on <paramref name="asOf"/>,
    /// it also names the items that decided the lead (those that count most against the runner-up and
    /// not against the leader) and how old their evidence is.
    /// </summary>
    public static KeyJudgment Hypothesis(AchMatrix matrix, AchScore score, IReadOnlyList<ResolvedEvidence>? evidence = null, DateOnly? asOf = null)
    {
        var ranked = score.Hypotheses.OrderBy(h => h.Rank).ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
        var leaders = score.Leaders;
        var others = ranked.Where(h => h.Rank > 1).ToList();
        var critical = score.Sensitivity.Where(s => s.ChangesLeader).ToList();
        var margin = others.Count == 0 ? 0 : others.Min(o => o.Inconsistency) - leaders[0].Inconsistency;
        var lead = leaders.Count == 1
            ? $"“{leaders[0].Name}” (weighted inconsistency {N(leaders[0].Inconsistency)}, against {string.Join(" and ", others.Select(o => N(o.Inconsistency)))})"
            : $"{string.Join(" and ", leaders.Select(l => $"“{l.Name}”"))} equally (weighted inconsistency {N(leaders[0].Inconsistency)})";
        var text = $"Of the competing hypotheses, the evidence is least inconsistent with {lead}";
        text += critical.Count == 0
            ? "; no single item, if wrong, would change that."
            : $"; if {string.Join(" or ", critical.Select(c => Item(matrix, c.ItemId)))} were wrong, the lead would change.";
        if (evidence is not null && asOf is { } day && leaders.Count == 1 && others.Count > 0)
        {
            text += Deciding(matrix, evidence, leaders[0].Id, others.OrderBy(o => o.Inconsistency).First(), day);
        }
        var credible = matrix.Items.Count(i => i.Credibility == WeightLevel.High);
        var level = leaders.Count > 1 || critical.Count > 0 ? ConfidenceLevel.Low
            : margin >= 2 && credible * 2 >= matrix.Items.Count ? ConfidenceLevel.High
            : ConfidenceLevel.Moderate;
        var reason =
            $"{Figures.Count(score.Items.Count, "evidence item")} scored with Heuer's method, {credible} of high credibility; lead margin {N(margin)}; " +
            $"{Figures.Count(critical.Count, "critical item")}.";
        var claimIds = evidence is not null
            ? evidence.Select(e => e.Claim?.Id).OfType<string>().ToList()
            : matrix.Items.Where(i => i.Kind == EvidenceKind.Claim && i.Reference is not null).Select(i => i.Reference!).ToList(); // Filtered to claim items with a reference.
        return new KeyJudgment("hypothesis", text, null, new AnalyticConfidence(level, reason), []) { ClaimIds = claimIds };
    }

    /// <summary>The register's manpower estimate; on <paramref name="asOf"/>, an estimate whose span ended more than two years before is flagged as stale and held at low confidence.</summary>
    public static KeyJudgment? Manpower(ClaimSeriesResult series, string actor, DateOnly? asOf = null)
    {
        if (series.Latest is not { } latest)
        {
            return null;
        }

        var claims = latest.Claims;
        var grades = string.Join(", ", claims.Select(c => c.Claim.Grade.ToString()));
        var spread = latest.SpreadLow == latest.SpreadHigh ? ""
            : double.IsInfinity(latest.SpreadLow) || double.IsInfinity(latest.SpreadHigh) ? $", sources giving {ClaimFigures.Spread(latest.SpreadLow, latest.SpreadHigh)}"
            : $", sources ranging {N(latest.SpreadLow)}–{N(latest.SpreadHigh)}";

        // A relay of a claim counted here is set aside even when it describes a later period.
        var setAside = series.RelaysBehind(latest);
        var relays = setAside.Count == 0 ? "" : $"; {Figures.Count(setAside.Count, "relayed figure")} set aside as not independent";
        var stale = asOf is { } day && latest.IsStaleOn(day);
        var text =
            $"The register's {(latest.IsBound ? "bound on" : "combined estimate of")} {actor}'s manpower is {latest.Figure} {series.Unit} ({latest.Period.Words}{spread}; " +
            $"{Figures.Count(claims.Count, "independent claim")} graded {grades}{relays}).";
        if (stale)
        {
            text += $" It is stale: the span it describes {AchEvidence.Age(latest.Period.End, asOf!.Value, Figures.Day(asOf.Value))}."; // stale needs asOf
        }

        var strong = claims.Count(c => c.Claim.Grade.Reliability <= 'B' && c.Claim.Grade.Credibility <= 2);
        var fair = claims.Count(c => c.Claim.Grade.Reliability <= 'C' && c.Claim.Grade.Credibility <= 3);
        var level = stale ? ConfidenceLevel.Low : strong >= 2 ? ConfidenceLevel.High : fair == 0 ? ConfidenceLevel.Low : ConfidenceLevel.Moderate;
        var reason = $"{Figures.Count(claims.Count, "claim")} ({grades}); {strong} graded B2 or better{(stale ? "; the estimate is stale" : "")}.";
        return new KeyJudgment("manpower", text, null, new AnalyticConfidence(level, reason), [])
        {
            ClaimIds = claims.Select(c => c.Claim.Id).Concat(setAside.Select(r => r.Id)).ToList(),
        };
    }

    /// <summary>
    /// " It leads on …": per group of items (items reading the same events count once), what the
    /// group counts against the runner-up beyond what it counts against the leader; the largest
    /// three, each with the age of its evidence.
    /// </summary>
    private static string Deciding(AchMatrix matrix, IReadOnlyList<ResolvedEvidence> evidence, string leader, HypothesisScore runnerUp, DateOnly day)
    {
        double Weighted(ResolvedEvidence e, string h) => e.Ratings[h].Inconsistency() * matrix.Weights.For(e.Item.Credibility) * matrix.Weights.For(e.Item.Relevance);
        var deciding = evidence.GroupBy(e => e.Item.Group ?? "\u001f" + e.Item.Id, StringComparer.Ordinal)
            .Select(g => (Item: g.OrderByDescending(e => Weighted(e, runnerUp.Id)).First(), Margin: g.Max(e => Weighted(e, runnerUp.Id)) - g.Max(e => Weighted(e, leader))))
            .Where(d => d.Margin > 1e-9)
            .OrderByDescending(d => d.Margin).ThenBy(d => d.Item.Item.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(d => $"{Item(matrix, d.Item.Item.Id)} ({Age(d.Item, day)})")
            .ToList();
        return deciding.Count == 0 ? ""
            : $" Against “{runnerUp.Name}”, the next, the lead rests most on {string.Join("; ", deciding)}.";
    }

    /// <summary>How old an item's evidence is: the span a claim describes, the twelve months of data, or the analyst's note.</summary>
    private static string Age(ResolvedEvidence e, DateOnly day) => e.Item.Kind switch
    {
        EvidenceKind.Claim when e.Claim is { } claim => $"a claim describing {claim.RefersTo}{(claim.Reading is { } r && e.Item.Subject is not null && e.Item.RatingsByReading.Count > 0 ? $" that reads '{r}'" : "")}, {AchEvidence.Age(claim.RefersTo.End, day)}",
        EvidenceKind.Indicator => $"the data to {Figures.Day(day)}",
        _ => "the analyst's note",
    };

    private static string Item(AchMatrix matrix, string id) =>
        matrix.Items.FirstOrDefault(i => i.Id == id)?.Text.TrimEnd('.') is { Length: > 0 } text ? $"“{text}”" : id;

    private static string N(double x) => x.ToString(Math.Abs(x) >= 100 ? "#,0" : "0.0#", CultureInfo.InvariantCulture);
}
