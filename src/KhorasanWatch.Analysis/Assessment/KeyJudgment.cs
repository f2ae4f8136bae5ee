namespace KhorasanWatch.Analysis.Assessment;

/// <summary>
/// One generated key judgment: its sentence, the ICD 203 likelihood where it is a forecast (null for
/// a statement of what the data show), the analytic confidence with its reason, and the events and
/// register claims it rests on (its footnote).
/// </summary>
public sealed record KeyJudgment(string Id, string Text, Likelihood? Likelihood, AnalyticConfidence Confidence, IReadOnlyList<string> EventIds)
{
    public IReadOnlyList<string> ClaimIds { get; init; } = [];
}
