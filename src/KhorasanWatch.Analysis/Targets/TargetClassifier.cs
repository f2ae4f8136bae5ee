using System.Text.RegularExpressions;

namespace KhorasanWatch.Analysis.Targets;

/// <summary>
/// Assigns a <see cref="TargetCategory"/> to an attack by the watched actor from the profile's
/// ordered rules. Phrases that name someone other than the target (a speaker: "Taliban officials
/// blamed ISKP"; a denier: "the Taliban denied involvement"; responders: "fought security forces
/// for hours") are removed from the notes first, so that they are not mistaken for the target. Its
/// accuracy is measured against a hand-labelled set in the tests and stated in docs/profile.md.
/// </summary>
public sealed class TargetClassifier(IReadOnlyList<TargetRule> rules, IReadOnlyList<Regex> ignore)
{
    /// <summary>The rules in profile order.</summary>
    public IReadOnlyList<TargetRule> Rules => rules;

    public TargetClassification Classify(TargetEvidence evidence)
    {
        var notes = evidence.Notes;
        foreach (var pattern in ignore)
        {
            notes = pattern.Replace(notes, " ");
        }

        var text = evidence.TargetText + " \n " + notes;
        foreach (var rule in rules)
        {
            if (!rule.AppliesTo(evidence.Country, evidence.Date))
            {
                continue;
            }

            foreach (var actor in evidence.TargetActorIds)
            {
                if (rule.Actors.Contains(actor))
                {
                    return new(rule.Category, $"target actor '{actor}'");
                }
            }

            foreach (var keyword in rule.Keywords)
            {
                var match = keyword.Match(text);
                if (match.Success)
                {
                    return new(rule.Category, $"text '{match.Value.Trim()}'");
                }
            }
        }

        return new(TargetCategory.Unknown, "no rule matched");
    }
}

/// <summary>A category with the reason it was chosen, so an analyst can check the call.</summary>
public readonly record struct TargetClassification(TargetCategory Category, string Reason);
