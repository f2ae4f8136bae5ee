namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// Heuer's scoring: a hypothesis is judged by the evidence against it, not for it. Its
/// inconsistency is the sum over items of I = 1 and II = 2, each multiplied by the item's
/// credibility and relevance weights (<see cref="AchWeights"/>); the least inconsistent hypothesis
/// ranks first (ties share a rank). Items of one <see cref="EvidenceItem.Group"/> read the same
/// events (tempo, mass-casualty attacks and the warning level are all counts of the same attacks),
/// so a group counts once: for each hypothesis, its most inconsistent item, weighted, stands for it. An item's diagnosticity is the spread of its consistency across
/// hypotheses (CC 2 … II −2): evidence rated alike for all hypotheses does not help choose. The
/// sensitivity check drops each item in turn, as if it were wrong or deceptive, and names those
/// whose loss would change the leading hypothesis or the order.
/// </summary>
public static class AchScoring
{
    public static AchScore Score(AchMatrix matrix, IReadOnlyList<ResolvedEvidence> evidence)
    {
        var hypotheses = Rank(matrix, evidence);
        var leader = hypotheses.Where(h => h.Rank == 1).Select(h => h.Id).ToList();
        var order = Order(hypotheses);
        var items = evidence.Select(e => new ItemDiagnosticity(e.Item.Id, Diagnosticity(e))).ToList();
        var sensitivity = evidence.Select(e =>
        {
            var without = Rank(matrix, evidence.Where(x => x.Item.Id != e.Item.Id).ToList());
            var newLeader = without.Where(h => h.Rank == 1).Select(h => h.Id).ToList();
            return new ItemSensitivity(e.Item.Id, !newLeader.SequenceEqual(leader), Order(without) != order, newLeader);
        }).ToList();
        return new AchScore(hypotheses, items, sensitivity, matrix.Weights);
    }

    private static List<HypothesisScore> Rank(AchMatrix matrix, IReadOnlyList<ResolvedEvidence> evidence)
    {
        var groups = evidence.GroupBy(e => e.Item.Group ?? "\u001f" + e.Item.Id, StringComparer.Ordinal).ToList();
        var scores = matrix.Hypotheses.Select(h =>
        {
            var weighted = groups.Sum(g => g.Max(e => e.Ratings[h.Id].Inconsistency() * matrix.Weights.For(e.Item.Credibility) * matrix.Weights.For(e.Item.Relevance)));
            var count = groups.Sum(g => g.Max(e => e.Ratings[h.Id].Inconsistency()));
            return (h, Weighted: Math.Round(weighted, 9), Count: count);
        }).ToList();
        return scores.Select(s => new HypothesisScore(s.h.Id, s.h.Name, s.Weighted, s.Count, 1 + scores.Count(o => o.Weighted < s.Weighted))).ToList();
    }

    private static string Order(IEnumerable<HypothesisScore> scores) =>
        string.Join(">", scores.OrderBy(s => s.Rank).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => $"{s.Rank}:{s.Id}"));

    private static int Diagnosticity(ResolvedEvidence e)
    {
        var values = e.Ratings.Values.Select(r => r.Consistency()).OfType<int>().ToList();
        return values.Count < 2 ? 0 : values.Max() - values.Min();
    }
}
