using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Formats;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Profiles;

/// <summary>Reads a watch profile from its JSON form, with errors that name the offending entry.</summary>
public static partial class WatchProfileReader
{
    private const RegexOptions KeywordOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static WatchProfile Read(Stream json, string origin)
    {
        ProfileFile file;
        try
        {
            file = JsonSerializer.Deserialize(json, ProfileJson.Default.ProfileFile) ?? throw new ProfileException(origin, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new ProfileException(origin, JsonErrors.Describe(e));
        }

        // JSON's null passes the serializer's required-member check: each list item and name is checked here.
        if (file.Name is null || file.WatchedActor is null || file.Actors is null || file.Targets?.Rules is null
            || file.Actors.Any(a => a is null || a.Id is null || a.Name is null || a.Aliases is null || a.Aliases.Any(x => x is null) || (a.TextNames?.Any(t => t is null) ?? false))
            || file.Targets.Rules.Any(r => r is null || r.Category is null || (r.Keywords?.Any(k => k is null) ?? false) || (r.Actors?.Any(k => k is null) ?? false))
            || (file.Targets.Ignore?.Any(k => k is null) ?? false))
        {
            throw new ProfileException(origin, "a name, actor, alias, target rule or keyword is null; write text or an object in its place");
        }

        var actors = file.Actors.Select(a => new Actor(
            a.Id,
            a.Name,
            a.Generic,
            [.. a.Aliases.Select(x => ToAlias(origin, a.Id, x))],
            a.Emerged) { TextNames = a.TextNames ?? [] }).ToList();
        var known = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var rules = file.Targets.Rules.Select((r, i) =>
        {
            if (!TargetCategories.TryParse(r.Category, out var category))
            {
                throw new ProfileException(origin, $"target rule {i + 1}: unknown category '{r.Category}'");
            }

            foreach (var id in r.Actors ?? [])
            {
                if (!known.Contains(id))
                {
                    throw new ProfileException(origin, $"target rule {i + 1}: unknown actor '{id}'");
                }
            }

            return new TargetRule(
                category,
                (r.Actors ?? []).ToHashSet(StringComparer.Ordinal),
                [.. (r.Keywords ?? []).Select(k => Compile(origin, $"target rule {i + 1}", k))],
                r.Countries?.ToHashSet(StringComparer.Ordinal),
                r.NotCountries?.ToHashSet(StringComparer.Ordinal),
                r.From,
                r.Until);
        }).ToList();
        var ignore = (file.Targets.Ignore ?? []).Select(k => Compile(origin, "targets.ignore", k)).ToList();

        if (!known.Contains(file.WatchedActor))
        {
            var shown = file.WatchedActor.Length > 40 ? file.WatchedActor[..40] + "…" : file.WatchedActor;
            throw new ProfileException(origin, $"the watched actor '{shown}' is not among the profile's actors ({string.Join(", ", known.Take(10))})");
        }

        return new WatchProfile(file.Name, file.WatchedActor, actors, new TargetClassifier(rules, ignore));
    }

    private static ActorAlias ToAlias(string origin, string actorId, AliasEntry entry)
    {
        if ((entry.Name is null) == (entry.Contains is null))
        {
            throw new ProfileException(origin, $"actor '{actorId}': each alias needs exactly one of \"name\" or \"contains\"");
        }

        return new ActorAlias(
            entry.Name ?? entry.Contains!, // one of the two is set: checked just above
            entry.Name is not null,
            entry.Countries?.ToHashSet(StringComparer.Ordinal),
            entry.From,
            entry.Until);
    }

    private static Regex Compile(string origin, string where, string pattern)
    {
        try
        {
            return new Regex(pattern, KeywordOptions, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ProfileException(origin, $"{where}: bad pattern '{pattern}': {e.Message}");
        }
    }

    // Generated at build time: a profile is read at every start, and reflection over these records cost ~50 ms of it.
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(ProfileFile))]
    private sealed partial class ProfileJson : JsonSerializerContext
    {
    }

    private sealed record ProfileFile(string Name, string WatchedActor, List<ActorEntry> Actors, TargetsEntry Targets);

    private sealed record ActorEntry(string Id, string Name, List<AliasEntry> Aliases, bool Generic = false, DateOnly? Emerged = null, List<string>? TextNames = null);

    private sealed record AliasEntry(string? Name = null, string? Contains = null, List<string>? Countries = null, DateOnly? From = null, DateOnly? Until = null);

    private sealed record TargetsEntry(List<RuleEntry> Rules, List<string>? Ignore = null);

    private sealed record RuleEntry(
        string Category,
        List<string>? Actors = null,
        List<string>? Keywords = null,
        List<string>? Countries = null,
        List<string>? NotCountries = null,
        DateOnly? From = null,
        DateOnly? Until = null);
}
