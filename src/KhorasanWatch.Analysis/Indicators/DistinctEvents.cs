using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// One record per real event. When the same attack is in ACLED, UCDP and GTD, the stored records are
/// linked (see <see cref="EventLinkRule"/>); counting each record would count the attack three times.
/// A record is dropped when it is linked to a record of the set from a preferred source (ACLED, then
/// UCDP, then GTD; within a source, the smaller id). The dropped ids stay with the kept record
/// as corroboration, and their figures are not dropped: where the records differ in deaths, the
/// kept record keeps its best figure and its low and high widen to the range across them (so
/// totals' low–high carry the sources' disagreement); where they differ in deaths or target, the
/// counted event says how, source by source.
/// </summary>
public static class DistinctEvents
{
    public static IReadOnlyList<CountedEvent> Select(IEnumerable<(ConflictEvent Event, IReadOnlyList<string> LinkedIds)> records)
    {
        var all = records.ToList();
        var byId = new Dictionary<string, ConflictEvent>(all.Count, StringComparer.Ordinal);
        foreach (var (e, _) in all)
        {
            byId[e.Id] = e;
        }

        var kept = new List<CountedEvent>(all.Count);
        var keptIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (e, links) in all.OrderBy(r => Rank(r.Event)).ThenBy(r => r.Event.Id, StringComparer.Ordinal))
        {
            var preferred = links.Where(byId.ContainsKey).FirstOrDefault(id => keptIndex.ContainsKey(id) || Precedes(byId[id], e));
            if (preferred is null)
            {
                keptIndex[e.Id] = kept.Count;
                kept.Add(Reconciled(e, links, links.Where(byId.ContainsKey).Select(id => byId[id]).ToList()));
            }
        }

        return kept;
    }

    /// <summary>
    /// A record with the deaths' range across it and its linked records (<paramref name="others"/>),
    /// and what they disagree on, source by source: the event as all its sources tell it.
    /// </summary>
    public static CountedEvent Reconciled(ConflictEvent kept, IReadOnlyList<string> ids, IReadOnlyList<ConflictEvent> others)
    {
        if (others.Count == 0)
        {
            return new CountedEvent(kept, ids);
        }

        var records = others.Prepend(kept).ToList();
        var lows = records.Select(r => r.Fatalities.Low ?? r.Fatalities.Best).OfType<int>().ToList();
        var highs = records.Select(r => r.Fatalities.High ?? r.Fatalities.Best).OfType<int>().ToList();
        var bests = records.Select(r => r.Fatalities.Best).Distinct().ToList();
        var targets = records.Select(r => r.TargetCategory).OfType<Targets.TargetCategory>().Distinct().ToList();
        var parts = new List<string>();
        if (bests.Count > 1)
        {
            parts.Add("deaths " + string.Join(", ", records.Select(r => $"{Deaths(r.Fatalities)} ({r.Provenance})")));
        }

        if (targets.Count > 1)
        {
            parts.Add("target " + string.Join(", ", records.Where(r => r.TargetCategory is not null).Select(r => $"{Targets.TargetCategories.Id(r.TargetCategory!.Value)} ({r.Provenance})")));
        }

        var own = (Low: kept.Fatalities.Low ?? kept.Fatalities.Best, High: kept.Fatalities.High ?? kept.Fatalities.Best);
        var widened = lows.Count == 0 || (lows.Min() == own.Low && highs.Max() == own.High) ? kept : kept with
        {
            Fatalities = kept.Fatalities with { Low = lows.Min(), High = highs.Max() }, // the kept record's own are among them
        };
        return new CountedEvent(widened, ids) { Disagreement = parts.Count == 0 ? null : string.Join("; ", parts) };
    }

    /// <summary>"170", or "170 (160–200)" where the record gives a range, or "not recorded".</summary>
    private static string Deaths(Fatalities f)
    {
        static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var range = f.Low is { } low && f.High is { } high && (low != f.Best || high != f.Best) ? $" ({N(low)}–{N(high)})" : "";
        return f.Best is { } best ? N(best) + range : "not recorded";
    }

    private static bool Precedes(ConflictEvent a, ConflictEvent b) =>
        Rank(a) < Rank(b) || (Rank(a) == Rank(b) && string.CompareOrdinal(a.Id, b.Id) < 0);

    private static int Rank(ConflictEvent e) => e.Source switch
    {
        EventSource.Acled => 0,
        EventSource.Ucdp => 1,
        _ => 2,
    };
}
