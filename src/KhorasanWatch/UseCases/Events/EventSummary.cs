using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Events;

/// <summary>
/// Events counted by year and province as the indicators count them: each real event once (records
/// of the same event in other sources, linked, count as one: <see cref="DistinctEvents"/>), attacks
/// by the indicators' own rule (<see cref="IndicatorRules.IsAttack"/>) with certain attribution,
/// events of uncertain attribution apart, and the deaths of the certain attacks — the sum of those a
/// source recorded, and apart the number of attacks whose deaths no source recorded.
/// Records without links are counted as they stream; only linked ones are held, to be made distinct.
/// </summary>
public static class EventSummary
{
    public static IReadOnlyList<SummaryRow> Of(IEnumerable<StoredEvent> events, WatchProfile profile)
    {
        var rows = new Dictionary<(int, string, string), SummaryRow>();
        var linked = new List<(ConflictEvent Event, IReadOnlyList<string> LinkedIds)>();
        foreach (var stored in events)
        {
            if (stored.LinkedIds.Count > 0)
            {
                linked.Add((stored.Event, stored.LinkedIds));
            }
            else
            {
                Count(rows, stored.Event, profile);
            }
        }

        foreach (var counted in DistinctEvents.Select(linked))
        {
            Count(rows, counted.Event, profile);
        }

        return [.. rows.Values.OrderBy(r => r.Year).ThenBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Province, StringComparer.Ordinal)];
    }

    private static void Count(Dictionary<(int, string, string), SummaryRow> rows, ConflictEvent e, WatchProfile profile)
    {
        var key = (e.Date.Start.Year, e.Country, e.Admin1 ?? "(unknown)");
        if (!rows.TryGetValue(key, out var row))
        {
            rows[key] = row = new SummaryRow(key.Year, key.Country, key.Item3);
        }

        row.Events++;
        if (e.Attribution == Attribution.Uncertain)
        {
            row.Uncertain++;
        }
        else if (IndicatorRules.IsAttack(EventClassifier.WithEngagement(profile, e)))
        {
            row.Attacks++;
            if (e.Fatalities.Best is { } best)
            {
                row.Killed += best;
            }
            else
            {
                row.KilledUnknown++;
            }
        }
    }
}

/// <summary>One year and province of <see cref="EventSummary"/>.</summary>
public sealed record SummaryRow(int Year, string Country, string Province)
{
    public int Events { get; set; }

    public int Attacks { get; set; }

    public int Uncertain { get; set; }

    public int Killed { get; set; }

    public int KilledUnknown { get; set; }

    /// <summary>The deaths, or null where attacks were counted but none has a recorded figure (never read as none).</summary>
    public int? KilledOrNull => Attacks > 0 && KilledUnknown == Attacks ? null : Killed;
}
