namespace KhorasanWatch.Analysis.Engagements;

/// <summary>What the text of an engagement (a fight whose source names no initiator) says of who acted.</summary>
public enum EngagementKind
{
    /// <summary>The watched actor attacked: a claim, the actor as the subject of an attack, or a bombing or assault of its kind.</summary>
    ActorAttack,

    /// <summary>The other side acted against the watched actor: air strikes, raids, operations, forces killing its members.</summary>
    OperationAgainstActor,

    /// <summary>The text tells of fighting without saying who struck first, or says nothing of it.</summary>
    Undetermined,
}

/// <summary>An engagement's reading and the words that decided it.</summary>
public sealed record EngagementReading(EngagementKind Kind, string Reason);
