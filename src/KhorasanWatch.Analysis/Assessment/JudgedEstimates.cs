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
    public static KeyJudgment Hypothesis(AchMatrix matrix, AchScore score)
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
        var credible = matrix.Items.Count(i => i.Credibility == WeightLevel.High);
        var level = leaders.Count > 1 || critical.Count > 0 ? ConfidenceLevel.Low
            : margin >= 2 && credible * 2 >= matrix.Items.Count ? ConfidenceLevel.High
            : ConfidenceLevel.Moderate;
        var reason =
            $"{Figures.Count(score.Items.Count, "evidence item")} scored with Heuer's method, {credible} of high credibility; lead margin {N(margin)}; " +
            $"{Figures.Count(critical.Count, "critical item")}.";
        var claimIds = matrix.Items.Where(i => i.Kind == EvidenceKind.Claim && i.Reference is not null).Select(i => i.Reference!).ToList(); // Filtered to claim items with a reference.
        return new KeyJudgment("hypothesis", text, null, new AnalyticConfidence(level, reason), []) { ClaimIds = claimIds };
    }

    public static KeyJudgment? Manpower(ClaimSeriesResult series, string actor)
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
        var text =
            $"The register's combined estimate of {actor}'s manpower is {N(Figures.TwoSignificantFigures(latest.Combined))} {series.Unit} ({latest.Period.Words}{spread}; " +
            $"{Figures.Count(claims.Count, "independent claim")} graded {grades}{relays}).";
        var strong = claims.Count(c => c.Claim.Grade.Reliability <= 'B' && c.Claim.Grade.Credibility <= 2);
        var fair = claims.Count(c => c.Claim.Grade.Reliability <= 'C' && c.Claim.Grade.Credibility <= 3);
        var level = strong >= 2 ? ConfidenceLevel.High : fair == 0 ? ConfidenceLevel.Low : ConfidenceLevel.Moderate;
        var reason = $"{Figures.Count(claims.Count, "claim")} ({grades}); {strong} graded B2 or better.";
        return new KeyJudgment("manpower", text, null, new AnalyticConfidence(level, reason), [])
        {
            ClaimIds = claims.Select(c => c.Claim.Id).Concat(setAside.Select(r => r.Id)).ToList(),
        };
    }

    private static string Item(AchMatrix matrix, string id) =>
        matrix.Items.FirstOrDefault(i => i.Id == id)?.Text.TrimEnd('.') is { Length: > 0 } text ? $"“{text}”" : id;

    private static string N(double x) => x.ToString(Math.Abs(x) >= 100 ? "#,0" : "0.0#", CultureInfo.InvariantCulture);
}
