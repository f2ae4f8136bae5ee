namespace KhorasanWatch.Analysis.Actors;

/// <summary>
/// An actor the watch profile knows, under every name the sources give it. <see cref="Generic"/>
/// marks catch-all actors such as civilians, which say nothing about whether two records describe
/// the same event.
/// </summary>
public sealed record Actor(string Id, string Name, bool Generic, IReadOnlyList<ActorAlias> Aliases);
