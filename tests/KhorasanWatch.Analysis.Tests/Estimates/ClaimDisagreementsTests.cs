using KhorasanWatch.Analysis.Estimates;
using static KhorasanWatch.Analysis.Tests.Estimates.TestClaims;

namespace KhorasanWatch.Analysis.Tests.Estimates;

public sealed class ClaimDisagreementsTests
{
    [Fact]
    public void TheUsipRelayOfThePaper_IsReportedWithBothItsPeriodAndItsRatio()
    {
        // The seed paper: attacks in the first four months of 2021 were more than 3.5 times 2020's;
        // USIP, relaying it, speaks of the first quarter and 3.67 times.
        var paper = Of("paper-ratio", low: 3.5, unit: "ratio", subject: "attack_ratio", refersTo: "2021-01-01/2021-04-30");
        var usip = Of("usip-ratio", value: 3.67, unit: "ratio", subject: "attack_ratio", refersTo: "2021-01-01/2021-03-31", relays: "paper-ratio");

        var found = Assert.Single(ClaimDisagreements.Find([paper, usip]));

        Assert.Equal(("relay", "usip-ratio", "paper-ratio"), (found.Kind, found.First.Id, found.Second.Id));
        Assert.Contains("period 2021-01-01/2021-03-31 against the original's 2021-01-01/2021-04-30", found.Statement, StringComparison.Ordinal);
        Assert.Contains("figure 3.67 ratio against the original's more than 3.5 ratio", found.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void AOneSidedFigure_AgreesWithAnyFigureOnItsOpenSide()
    {
        var atLeast = Of("more-than", low: 3.5, unit: "ratio", subject: "attack_ratio", refersTo: "2021");
        var exact = Of("exact", value: 3.67, unit: "ratio", subject: "attack_ratio", refersTo: "2021");
        var below = Of("below", value: 2.1, unit: "ratio", subject: "attack_ratio", refersTo: "2021");

        var found = ClaimDisagreements.Find([atLeast, exact, below]);

        Assert.Equal(2, found.Count); // 2.1 is below both; 3.67 and "more than 3.5" agree.
        Assert.All(found, d => Assert.True(d.First.Id == "below" || d.Second.Id == "below"));
        Assert.Contains(found, d => d.Statement.Contains("more than 3.5 ratio", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSamePeriodWrittenTwoWays_IsNotADifferentPeriod()
    {
        var original = Of("original", value: 2000, refersTo: "2021");
        var relay = Of("relay", value: 2000, refersTo: "2021-01-01/2021-12-31", relays: "original");

        Assert.Empty(ClaimDisagreements.Find([original, relay]));
    }

    [Fact]
    public void AFaithfulRelay_IsNoDisagreement()
    {
        var original = Of("original", low: 1500, high: 2200);
        var relay = Of("relay", low: 1500, high: 2200, relays: "original");

        Assert.Empty(ClaimDisagreements.Find([original, relay]));
    }

    [Fact]
    public void ARelayWhoseOriginalIsAbsent_CannotBeCompared()
    {
        Assert.Empty(ClaimDisagreements.Find([Of("relay", value: 3.67, unit: "ratio", relays: "elsewhere")]));
    }

    [Fact]
    public void TwoSourcesWhoseRangesExcludeEachOther_OverTheSameTime_Disagree()
    {
        var found = Assert.Single(ClaimDisagreements.Find([Of("un", low: 1500, high: 2200), Of("us", value: 4000, refersTo: "2021-06")]));

        Assert.Equal(("ranges", "un", "us"), (found.Kind, found.First.Id, found.Second.Id));
        Assert.Contains("1,500–2,200 fighters", found.Statement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022", "fighters", "manpower")]
    [InlineData("2021", "members", "manpower")]
    [InlineData("2021", "fighters", "fatemiyoun")]
    public void RangesOverOtherTimesUnitsOrSubjects_DoNotDisagree(string refersTo, string unit, string subject)
    {
        Assert.Empty(ClaimDisagreements.Find([Of("un", low: 1500, high: 2200), Of("other", value: 4000, refersTo: refersTo, unit: unit, subject: subject)]));
    }

    [Fact]
    public void OverlappingRanges_DoNotDisagree()
    {
        Assert.Empty(ClaimDisagreements.Find([Of("un", low: 1500, high: 2200), Of("other", low: 2000, high: 4000)]));
    }
}
