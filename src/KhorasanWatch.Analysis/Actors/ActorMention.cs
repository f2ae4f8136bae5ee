namespace KhorasanWatch.Analysis.Actors;

/// <summary>
/// An actor named in one actor field. <see cref="Uncertain"/> is set when the source hedged
/// ("Taliban and/or ISKP"): each alternative is kept, none is taken as fact.
/// </summary>
public readonly record struct ActorMention(string ActorId, bool Uncertain);
