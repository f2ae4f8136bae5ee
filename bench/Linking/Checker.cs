using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;

namespace Linking;

/// <summary>
/// The links a store holds against two truths: every cross-source pair of its linkable records that
/// the pure <see cref="EventLinkRule"/> accepts, found here by its own day-by-day buckets (no SQL),
/// and the twins <see cref="Planter"/> planted. Exit 1 when a rule pair is missed or a link is not
/// one, when fewer than 95 % of the twins are linked, or when a near miss is linked to its origin.
/// </summary>
internal static class Checker
{
    public static int Run(string storePath, string plantedPath)
    {
        var rule = new EventLinkRule(WatchProfile.Iskp.GenericActorIds);
        var found = new HashSet<(string, string)>();
        var candidates = new List<LinkCandidate>();
        var perSource = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var store = SqliteEventStore.OpenReadOnly(storePath))
        {
            foreach (var stored in store.Events(new EventQuery()))
            {
                var e = stored.Event;
                foreach (var other in stored.LinkedIds)
                {
                    found.Add(Pair(e.Id, other));
                }

                if (rule.IsLinkable(e))
                {
                    candidates.Add(new LinkCandidate(e.Id, e.Source.Code(), e.Date, e.Country, e.Admin2, e.Latitude, e.Longitude, e.ActorIds));
                    perSource[e.Source.Code()] = perSource.GetValueOrDefault(e.Source.Code()) + 1;
                }
            }
        }

        var expected = RulePairs(candidates, rule);
        var planted = File.ReadLines(plantedPath).Skip(1).Select(l => l.Split('\t')).ToList();
        var twins = planted.Where(p => p[0] == "twin").Select(p => (Pair(p[1], p[2]), p[2].Split(':')[0])).ToList();
        var near = planted.Where(p => p[0] == "near").Select(p => Pair(p[1], p[2])).ToList();
        var missed = expected.Count(p => !found.Contains(p));
        var extra = found.Count(p => !expected.Contains(p));
        var twinSet = twins.Select(t => t.Item1).ToHashSet();
        var nearLinked = near.Count(found.Contains);

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"linkable records: {string.Join(", ", perSource.Select(s => $"{s.Key} {s.Value:N0}"))}"));
        Console.WriteLine(string.Create(culture, $"links stored: {found.Count:N0}; pairs the rule accepts (brute force by day): {expected.Count:N0}; missed {missed:N0}, stored but not the rule's {extra:N0}"));
        foreach (var group in twins.GroupBy(t => t.Item2).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var linked = group.Count(t => found.Contains(t.Item1));
            Console.WriteLine(string.Create(culture, $"planted ACLED–{group.Key.ToUpperInvariant()} twins linked: {linked:N0} of {group.Count():N0} ({100.0 * linked / group.Count():F2} %)"));
        }

        var allTwins = twins.Count(t => found.Contains(t.Item1));
        var recall = twins.Count == 0 ? 1 : (double)allTwins / twins.Count;
        Console.WriteLine(string.Create(culture, $"planted twins linked, all: {allTwins:N0} of {twins.Count:N0} ({100 * recall:F2} %)"));
        Console.WriteLine(string.Create(culture, $"near misses (25–60 km, no district) linked to their origin: {nearLinked:N0} of {near.Count:N0}"));
        Console.WriteLine(string.Create(culture, $"other links, each one the rule accepts (coincidences within 10 km and a day, or twins of one record linked to each other): {found.Count(p => !twinSet.Contains(p)):N0}"));
        return missed == 0 && extra == 0 && recall >= 0.95 && nearLinked == 0 ? 0 : 1;
    }

    /// <summary>Every cross-source pair the rule accepts, through buckets of (country, day) for each day a record spans.</summary>
    private static HashSet<(string, string)> RulePairs(List<LinkCandidate> candidates, EventLinkRule rule)
    {
        var buckets = new Dictionary<(string, DateOnly), List<LinkCandidate>>();
        foreach (var c in candidates)
        {
            for (var day = c.Date.Start; day <= c.Date.End; day = day.AddDays(1))
            {
                (buckets.TryGetValue((c.Country, day), out var list) ? list : buckets[(c.Country, day)] = []).Add(c);
            }
        }

        var pairs = new HashSet<(string, string)>();
        foreach (var list in buckets.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (list[i].Source != list[j].Source && rule.Match(list[i], list[j]) is not null)
                    {
                        pairs.Add(Pair(list[i].Id, list[j].Id));
                    }
                }
            }
        }

        return pairs;
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
