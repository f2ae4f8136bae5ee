using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// One record per real event. When the same attack is in ACLED, UCDP and GTD, the stored records are
/// linked (see <see cref="EventLinkRule"/>); counting each record would count the attack three times.
/// A record is dropped when it is linked to a record of the set from a preferred source (ACLED, then
/// UCDP, then GTD; within a source, the smaller id). The dropped ids stay with the kept record
/// as corroboration.
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
                kept.Add(new CountedEvent(e, links));
            }
        }

        return kept;
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
