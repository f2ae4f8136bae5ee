using KhorasanWatch.Analysis.Assessment;

namespace KhorasanWatch.Analysis.Tests.Assessment;

public sealed class AnalyticConfidenceTests
{
    private static readonly string[] Sources = ["ACLED", "GTD", "UCDP"];

    [Theory]
    [InlineData(8, 0, 2, 5.0, ConfidenceLevel.Low)] // too few events
    [InlineData(40, 0, 2, 0.5, ConfidenceLevel.Low)] // too little history
    [InlineData(40, 30, 2, 5.0, ConfidenceLevel.Low)] // attribution too often in doubt
    [InlineData(40, 2, 2, 5.0, ConfidenceLevel.High)]
    [InlineData(40, 2, 1, 5.0, ConfidenceLevel.Moderate)] // one source only
    [InlineData(15, 0, 3, 5.0, ConfidenceLevel.Moderate)]
    public void TheLevel_FollowsTheStatedRule(int events, int uncertain, int sourceCount, double years, ConfidenceLevel expected)
    {
        var sources = Sources.Take(sourceCount).ToList();

        Assert.Equal(expected, AnalyticConfidence.From(events, uncertain, sources, years).Level);
    }

    [Fact]
    public void TheReason_NamesTheEvidence()
    {
        var confidence = AnalyticConfidence.From(31, 4, ["ACLED"], 10.1);

        Assert.Equal("31 events from one source (ACLED); 4 more of uncertain attribution (11 %); 10.1 years of data.", confidence.Reason);
    }

    [Theory]
    [InlineData(1.0, "1 year of data.")]
    [InlineData(1.04, "1 year of data.")]
    [InlineData(0.5, "0.5 years of data.")]
    [InlineData(2.0, "2 years of data.")]
    public void TheYearsOfData_AgreeWithTheirNoun(double years, string ending)
    {
        Assert.EndsWith(ending, AnalyticConfidence.From(12, 0, ["ACLED"], years).Reason, StringComparison.Ordinal);
    }
}
