namespace KhorasanWatch.Reporting.Charts;

/// <summary>What is counted, in the singular and the plural, so a count reads "1 attack" or "12 attacks".</summary>
public sealed record CountNoun(string One, string Many)
{
    public string Format(long count) => KhorasanWatch.Analysis.Statistics.Figures.Count(count, One, Many);
}
