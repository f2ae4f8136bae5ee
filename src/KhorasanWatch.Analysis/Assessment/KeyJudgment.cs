namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// One generated key judgment: its sentence, the ICD 203 likelihood where it is a forecast (null for
/// a statement of what the data show), the analytic confidence with its reason, and the events and
/// register claims it rests on (its footnote), with the figures in it that rest on other events.
/// </summary>
public sealed record KeyJudgment(string Id, string Text, Likelihood? Likelihood, AnalyticConfidence Confidence, IReadOnlyList<string> EventIds)
{
    public IReadOnlyList<string> ClaimIds { get; init; } = [];

    /// <summary>What the events of its footnote are, where the judgment's kind alone does not say ("all the actor's events in the period"); null: the kind's own label.</summary>
    public string? EventsAre { get; init; }

    /// <summary>Figures of the sentence with their own events (a comparison's baseline), each cited where it stands.</summary>
    public IReadOnlyList<CitedFigure> CitedFigures { get; init; } = [];
}
