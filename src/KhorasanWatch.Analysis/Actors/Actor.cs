namespace KhorasanWatch.Analysis.Actors;

/// <summary>
/// An actor the watch profile knows, under every name the sources give it. <see cref="Generic"/>
/// marks catch-all actors such as civilians, which say nothing about whether two records describe
/// the same event. <see cref="Emerged"/> is the first day the actor existed under this identity,
/// where the profile states it: days before it are not "no attacks", they are before the actor.
/// <see cref="TextNames"/> are the names news text calls it by ("Daesh", "IS"), for reading who acted
/// in an engagement; without them, its exact alias names serve.
/// </summary>
public sealed record Actor(string Id, string Name, bool Generic, IReadOnlyList<ActorAlias> Aliases, DateOnly? Emerged = null)
{
    public IReadOnlyList<string> TextNames { get; init; } = [];
}
