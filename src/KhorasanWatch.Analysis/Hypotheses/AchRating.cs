namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// How a piece of evidence bears on a hypothesis, in Heuer's ACH: very consistent, consistent,
/// neutral, inconsistent, very inconsistent, or not applicable.
/// </summary>
public enum AchRating
{
    NA,
    CC,
    C,
    N,
    I,
    II,
}
