using System.Collections.Concurrent;
using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Analysis.Actors;

/// <summary>
/// Turns a source's raw actor field into the profile's actor ids. A field may list several actors
/// separated by ";" (ACLED associated actors), and a name may hedge between alternatives with
/// "and/or" (ACLED), which makes every alternative uncertain. Results are cached per distinct
/// (text, country, alias period) because sources repeat the same few thousand actor names.
/// </summary>
public sealed class ActorResolver
{
    private readonly IReadOnlyList<Actor> _actors;
    private readonly DateOnly[] _boundaries;
    private readonly ConcurrentDictionary<(string Text, string? Country, int Period), ActorMention[]> _cache = new();

    public ActorResolver(IReadOnlyList<Actor> actors)
    {
        _actors = actors;
        _boundaries = [.. actors.SelectMany(a => a.Aliases)
            .SelectMany(a => new[] { a.From, a.Until })
            .OfType<DateOnly>()
            .Distinct()
            .Order()];
    }

    public IReadOnlyList<ActorMention> Resolve(string? field, string? countryIso3, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return [];
        }

        var period = 0;
        while (period < _boundaries.Length && date >= _boundaries[period])
        {
            period++;
        }

        return _cache.GetOrAdd((field, countryIso3, period), key => ResolveUncached(key.Text, key.Country, date));
    }

    private ActorMention[] ResolveUncached(string field, string? country, DateOnly date)
    {
        var mentions = new List<ActorMention>();
        foreach (var part in field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var alternatives = part.Split("and/or", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var uncertain = alternatives.Length > 1;
            foreach (var alternative in alternatives)
            {
                if (Match(alternative, country, date) is { } id && !mentions.Exists(m => m.ActorId == id && m.Uncertain == uncertain))
                {
                    mentions.Add(new ActorMention(id, uncertain));
                }
            }
        }

        return [.. mentions];
    }

    private string? Match(string name, string? country, DateOnly date)
    {
        var folded = NameFolding.Fold(name);
        if (folded.Length == 0)
        {
            return null;
        }

        // Exact names first, across all actors, so that a short exact alias ("IS") is never
        // shadowed by another actor's fragment; then fragments in profile order.
        foreach (var exact in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var actor in _actors)
            {
                foreach (var alias in actor.Aliases)
                {
                    if (alias.Exact == exact && alias.AppliesTo(country, date) && alias.Matches(folded))
                    {
                        return actor.Id;
                    }
                }
            }
        }

        return null;
    }
}
