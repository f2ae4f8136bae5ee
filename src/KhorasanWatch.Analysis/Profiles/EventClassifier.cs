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
            var targetSideIsB = onSideA is not null;
            var targetIds = (targetSideIsB ? actor2.Concat(assoc2) : actor1.Concat(assoc1)).Select(m => m.ActorId).ToList();
            var targetText = string.Join(" ; ", new[] { targetSideIsB ? e.Actor2 : e.Actor1, targetSideIsB ? e.AssocActor2 : e.AssocActor1, e.TargetText }.Where(s => !string.IsNullOrEmpty(s)));
            target = profile.Targets.Classify(new TargetEvidence(day, e.Country, targetIds, targetText, e.Notes ?? ""));
        }

        return e with
        {
            ActorIds = ids,
            Role = role,
            Attribution = attribution,
            TargetCategory = target?.Category,
            TargetReason = target?.Reason,
        };
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
