using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Tests.Assessment;

public sealed class JudgedEstimatesTests
{
    private static EvidenceItem Note(string id, WeightLevel credibility, AchRating a, AchRating b) => new()
    {
        Id = id,
        Kind = EvidenceKind.Note,
        Text = $"item {id}.",
        Credibility = credibility,
        Ratings = new Dictionary<string, AchRating> { ["a"] = a, ["b"] = b },
    };

    private static KeyJudgment Judge(params EvidenceItem[] items)
    {
        var matrix = new AchMatrix("m", "?", [new("a", "Hypothesis A"), new("b", "Hypothesis B")], items, AchWeights.Default);
        var evidence = AchEvidence.Resolve(matrix, new Dictionary<string, Claim>(), new Dictionary<string, IndicatorReading>());
        return JudgedEstimates.Hypothesis(matrix, AchScoring.Score(matrix, evidence));
    }

    [Fact]
    public void AWideLeadOnCredibleEvidence_IsHeldWithHighConfidence()
    {
        var j = Judge(Note("x", WeightLevel.High, AchRating.C, AchRating.II), Note("y", WeightLevel.High, AchRating.C, AchRating.I));

        Assert.Equal(ConfidenceLevel.High, j.Confidence.Level);
        Assert.StartsWith("Of the competing hypotheses, the evidence is least inconsistent with “Hypothesis A”", j.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameLeadOnMostlyMediumEvidence_IsOnlyModerate()
    {
        var j = Judge(
            Note("x", WeightLevel.High, AchRating.C, AchRating.II), Note("y", WeightLevel.Medium, AchRating.C, AchRating.I),
            Note("z", WeightLevel.Medium, AchRating.N, AchRating.N));

        Assert.Equal(ConfidenceLevel.Moderate, j.Confidence.Level);
    }

    [Fact]
    public void ALeadThatOneItemDecides_IsLowConfidenceAndNamesTheItem()
    {
        var j = Judge(Note("x", WeightLevel.High, AchRating.C, AchRating.I));

        Assert.Equal(ConfidenceLevel.Low, j.Confidence.Level);
        Assert.Contains("if “item x” were wrong, the lead would change", j.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheManpowerJudgment_StatesTheCombinedEstimateAndSetsRelaysAside()
    {
        var original = TestClaim("reuters", 2000, "B3");
        var relay = TestClaim("paper", 2000, "C3") with { Relays = "reuters" };
        var series = ClaimSeries.Build([original, relay], "manpower", PeriodKind.Year, GradeWeights.Default);

        var j = JudgedEstimates.Manpower(series, "ISKP")!;

        Assert.Equal("The register's combined estimate of ISKP's manpower is 2,000 fighters (2021; 1 independent claim graded B3; 1 relayed figure set aside as not independent).", j.Text);
        Assert.Equal(["reuters", "paper"], j.ClaimIds);
        Assert.Equal(ConfidenceLevel.Moderate, j.Confidence.Level);
    }

    [Fact]
    public void TheManpowerJudgment_SetsAsideARelayOfItsClaimThatDescribesALaterYear()
    {
        var original = TestClaim("reuters", 2000, "B3", refersTo: "2020");
        var relay = TestClaim("paper", 2000, "C3") with { Relays = "reuters" };
        var series = ClaimSeries.Build([original, relay], "manpower", PeriodKind.Year, GradeWeights.Default);

        var j = JudgedEstimates.Manpower(series, "ISKP")!;

        Assert.Equal("The register's combined estimate of ISKP's manpower is 2,000 fighters (2020; 1 independent claim graded B3; 1 relayed figure set aside as not independent).", j.Text);
        Assert.Equal(["reuters", "paper"], j.ClaimIds);
    }

    [Fact]
    public void TheManpowerJudgment_GivesTheCombinedFigureToTwoSignificantFigures_AndAnOpenSpreadInWords()
    {
        var series = ClaimSeries.Build([TestClaim("a", 2150, "B3"), TestClaim("b", 2400, "B3"), TestClaim("c", null, "B3", low: 2000)], "manpower", PeriodKind.Year, GradeWeights.Default);

        var j = JudgedEstimates.Manpower(series, "ISKP")!;

        // The one-sided "2,000 or more" widens the spread but is not averaged as a point: (2,150 + 2,400) / 2 = 2,275.
        Assert.StartsWith("The register's combined estimate of ISKP's manpower is 2,300 fighters (2021, sources giving 2,000 or more;", j.Text, StringComparison.Ordinal);
    }

    private static Claim TestClaim(string id, double? value, string grade, string refersTo = "2021", double? low = null)
    {
        var (claim, problems) = ClaimFields.Parse(
            new Dictionary<string, string?>
            {
                ["key"] = id, ["subject"] = "manpower", ["statement"] = "s", ["value"] = value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["low"] = low?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["unit"] = "fighters", ["refers_to"] = refersTo, ["reported"] = "2021-09", ["source_title"] = id, ["grade"] = grade,
            },
            "test");
        Assert.Empty(problems);
        return claim!;
    }
}
