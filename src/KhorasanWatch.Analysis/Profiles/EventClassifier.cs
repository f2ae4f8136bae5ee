using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Profiles;

/// <summary>
/// Applies a watch profile to a mapped event: resolves the actor fields to actor ids, finds the
/// watched actor's role and how certain the source is of it, and classifies the target of its
/// attacks. Pure: the same event and profile always give the same answer.
/// </summary>
public static class EventClassifier
{
    public static ConflictEvent Classify(this WatchProfile profile, ConflictEvent e)
    {
        var day = e.Date.Start;
        var actor1 = profile.Resolver.Resolve(e.Actor1, e.Country, day);
        var assoc1 = profile.Resolver.Resolve(e.AssocActor1, e.Country, day);
        var actor2 = profile.Resolver.Resolve(e.Actor2, e.Country, day);
        var assoc2 = profile.Resolver.Resolve(e.AssocActor2, e.Country, day);

        var ids = new List<string>(4);
        foreach (var m in actor1.Concat(assoc1).Concat(actor2).Concat(assoc2))
        {
            if (!ids.Contains(m.ActorId))
            {
                ids.Add(m.ActorId);
            }
        }

        var watched = profile.WatchedActorId;
        var onSideA = Named(actor1, watched) ?? Named(assoc1, watched);
        var onSideB = Named(actor2, watched) ?? Named(assoc2, watched);
        var role = RoleOf(e, Named(actor1, watched) is not null, Named(actor2, watched) is not null, onSideA ?? onSideB);
        var attribution = AttributionOf(actor1, assoc1, actor2, assoc2, watched);

        TargetClassification? target = null;
        if (role is WatchRole.Perpetrator || (role is WatchRole.Party && (onSideA is not null ^ onSideB is not null)))
        {
            var sides = profile.ClassifyTarget(e, targetIsSideB: onSideA is not null, actor2.Concat(assoc2), actor1.Concat(assoc1));
            target = IsEngagement(role, e) ? profile.EngagementTarget(e, sides) : sides;
        }

        var classified = e with
        {
            ActorIds = ids,
            Role = role,
            Attribution = attribution,
            TargetCategory = target?.Category,
            TargetReason = target?.Reason,
        };
        return profile.WithEngagement(classified);
    }

    /// <summary>
    /// An engagement (the watched actor a party to a fight whose source names no initiator) with who
    /// acted read from its text; any other event as it is. The reading is not stored: reads apply it.
    /// </summary>
    public static ConflictEvent WithEngagement(this WatchProfile profile, ConflictEvent e) =>
        IsEngagement(e.Role, e)
            ? e with { Engagement = profile.Engagements.Read(e.Notes, againstTheState: e.SubEventType != "non-state") } // UCDP's type 2: two armed groups
            : e;

    private static bool IsEngagement(WatchRole role, ConflictEvent e) => role == WatchRole.Party && !SourceCoverage.NamesInitiator(e);

    /// <summary>
    /// The target of an engagement, should its text read it as the actor's attack: the other side
    /// of a fight is whom the actor fought, not always whom it hit (UCDP codes the 6 March 2020
    /// attack on a Kabul memorial ceremony as a fight with the state), so what the text says was hit
    /// decides; the other side only when the text names no target.
    /// </summary>
    private static TargetClassification EngagementTarget(this WatchProfile profile, ConflictEvent e, TargetClassification sides)
    {
        var text = profile.Targets.Classify(new TargetEvidence(e.Date.Start, e.Country, [], e.TargetText ?? "", e.Notes ?? ""));
        return text.Category != TargetCategory.Unknown || sides.Category == TargetCategory.Unknown
            ? text
            : sides with { Reason = $"the fight's other side, {sides.Reason} (the text names no target)" };
    }

    /// <summary>
    /// The target category of an attack whose target is side B (or side A), whoever carried it out:
    /// the evidence is the target side's actors and names, the source's target text, and the notes.
    /// </summary>
    public static TargetClassification ClassifyTarget(this WatchProfile profile, ConflictEvent e, bool targetIsSideB = true)
    {
        var day = e.Date.Start;
        var sideB = profile.Resolver.Resolve(e.Actor2, e.Country, day).Concat(profile.Resolver.Resolve(e.AssocActor2, e.Country, day));
        var sideA = profile.Resolver.Resolve(e.Actor1, e.Country, day).Concat(profile.Resolver.Resolve(e.AssocActor1, e.Country, day));
        return profile.ClassifyTarget(e, targetIsSideB, sideB, sideA);
    }

    private static TargetClassification ClassifyTarget(
        this WatchProfile profile, ConflictEvent e, bool targetIsSideB, IEnumerable<ActorMention> sideB, IEnumerable<ActorMention> sideA)
    {
        var targetIds = (targetIsSideB ? sideB : sideA).Select(m => m.ActorId).ToList();
        var names = targetIsSideB ? new[] { e.Actor2, e.AssocActor2 } : [e.Actor1, e.AssocActor1];
        var targetText = string.Join(" ; ", names.Append(e.TargetText).Where(s => !string.IsNullOrEmpty(s)));
        return profile.Targets.Classify(new TargetEvidence(e.Date.Start, e.Country, targetIds, targetText, e.Notes ?? ""));
    }

    private static ActorMention? Named(IReadOnlyList<ActorMention> mentions, string id)
    {
        foreach (var m in mentions)
        {
            if (m.ActorId == id)
            {
                return m;
            }
        }

        return null;
    }

    private static WatchRole RoleOf(ConflictEvent e, bool inActor1, bool inActor2, ActorMention? anywhere)
    {
        if (anywhere is null)
        {
            return WatchRole.None;
        }

        return e.Source switch
        {
            // GTD rows are attacks by the named perpetrator group.
            EventSource.Gtd => inActor1 ? WatchRole.Perpetrator : WatchRole.Party,
            // UCDP: only one-sided violence says who acted; dyads say who fought.
            EventSource.Ucdp => e.EventType == EventType.ViolenceAgainstCivilians && inActor1 ? WatchRole.Perpetrator : WatchRole.Party,
            _ => inActor1 ? WatchRole.Perpetrator : inActor2 ? WatchRole.Target : WatchRole.Party,
        };
    }

    private static Attribution AttributionOf(
        IReadOnlyList<ActorMention> a1, IReadOnlyList<ActorMention> as1, IReadOnlyList<ActorMention> a2, IReadOnlyList<ActorMention> as2, string watched)
    {
        var result = Attribution.None;
        foreach (var list in (ReadOnlySpan<IReadOnlyList<ActorMention>>)[a1, as1, a2, as2])
        {
            foreach (var m in list)
            {
                if (m.ActorId != watched)
                {
                    continue;
                }

                if (!m.Uncertain)
                {
                    return Attribution.Certain;
                }

                result = Attribution.Uncertain;
            }
        }

        return result;
    }
}
