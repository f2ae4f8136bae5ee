namespace KhorasanWatch.Analysis.Estimates;

/// <summary>Two claims that disagree, the kind (<c>relay</c> or <c>ranges</c>) and the sentence that says how.</summary>
public sealed record ClaimDisagreement(Claim First, Claim Second, string Kind, string Statement);
