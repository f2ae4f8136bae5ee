using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Engagements;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Profiles;

/// <summary>
/// What an analyst watches, as data: the watched actor, every actor the sources name with their
/// aliases, and the ordered target-category rules. The shipped ISKP profile is
/// <c>Profiles/iskp.json</c>; an analyst can copy and extend it and pass it with <c>--profile</c>.
/// </summary>
public sealed class WatchProfile
{
    internal WatchProfile(string name, string watchedActorId, IReadOnlyList<Actor> actors, TargetClassifier targets)
    {
        if (!actors.Any(a => a.Id == watchedActorId))
        {
            throw new ArgumentException($"The watched actor '{watchedActorId}' is not among the profile's actors.", nameof(watchedActorId));
        }

        Name = name;
        WatchedActorId = watchedActorId;
        Actors = actors;
        Resolver = new ActorResolver(actors);
        Targets = targets;
        GenericActorIds = actors.Where(a => a.Generic).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var watched = actors.First(a => a.Id == watchedActorId);
        Engagements = new EngagementClassifier(watched.TextNames.Count > 0 ? watched.TextNames : watched.Aliases.Where(a => a.Exact).Select(a => a.Text));
    }

    /// <summary>Reads who acted in an engagement of the watched actor from the source's text.</summary>
    public EngagementClassifier Engagements { get; }

    public string Name { get; }

    public string WatchedActorId { get; }

    public IReadOnlyList<Actor> Actors { get; }

    public ActorResolver Resolver { get; }

    public TargetClassifier Targets { get; }

    /// <summary>Catch-all actors (civilians, unidentified groups) that do not make two records the same event.</summary>
    public IReadOnlySet<string> GenericActorIds { get; }

    /// <summary>The same actors and rules with another actor watched, e.g. to compare TTP's tempo with ISKP's.</summary>
    public WatchProfile Watching(string actorId) => actorId == WatchedActorId ? this : new(Name, actorId, Actors, Targets);

    /// <summary>The ISKP profile shipped inside the library.</summary>
    public static WatchProfile Iskp => LazyIskp.Value;

    private static readonly Lazy<WatchProfile> LazyIskp = new(() =>
    {
        using var stream = typeof(WatchProfile).Assembly.GetManifestResourceStream("KhorasanWatch.Analysis.Profiles.iskp.json")
            ?? throw new InvalidOperationException("The embedded ISKP profile is missing from the build.");
        return WatchProfileReader.Read(stream, "iskp.json");
    });
}
