using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Tests.Estimates;

namespace KhorasanWatch.Analysis.Tests.Hypotheses;

public sealed class AchScoringTests
{
    private static readonly Hypothesis[] Three = [new("h1", "First"), new("h2", "Second"), new("h3", "Third")];

    private static EvidenceItem Note(string id, WeightLevel credibility, WeightLevel relevance, params (string H, AchRating R)[] ratings) => new()
    {
        Id = id,
        Kind = EvidenceKind.Note,
        Text = id,
        Credibility = credibility,
        Relevance = relevance,
        Ratings = ratings.ToDictionary(r => r.H, r => r.R),
    };

    private static AchScore Score(AchMatrix matrix) =>
        AchScoring.Score(matrix, AchEvidence.Resolve(matrix, new Dictionary<string, Claim>(), new Dictionary<string, IndicatorReading>()));

    /// <summary>
    /// Worked by hand with PARC's weights (high 1.414, medium 1, low 0.707), I = 1, II = 2:
    /// E1 (high, high): h2 I → 1.414² = 1.999396; h3 II → 3.998792.
    /// E2 (medium, low): h1 I → 0.707.
    /// E3 (low, medium): h2 II → 2 × 0.707 = 1.414.
    /// E4 (high, medium): h1 NA, h3 I → 1.414.
    /// Totals: h1 0.707, h2 3.413396, h3 5.412792; counts 1, 3, 3; ranks 1, 2, 3.
    /// Diagnosticity (CC 2 … II −2, NA left out): E1 C/I/II → 3, E2 I/C/N → 2, E3 N/II/C → 3, E4 C/I → 2.
    /// </summary>
    [Fact]
    public void HeuerScoring_MatchesTheWorkedExample()
    {
        var matrix = new AchMatrix("example", "?", Three,
        [
            Note("E1", WeightLevel.High, WeightLevel.High, ("h1", AchRating.C), ("h2", AchRating.I), ("h3", AchRating.II)),
            Note("E2", WeightLevel.Medium, WeightLevel.Low, ("h1", AchRating.I), ("h2", AchRating.C), ("h3", AchRating.N)),
            Note("E3", WeightLevel.Low, WeightLevel.Medium, ("h1", AchRating.N), ("h2", AchRating.II), ("h3", AchRating.C)),
            Note("E4", WeightLevel.High, WeightLevel.Medium, ("h1", AchRating.NA), ("h2", AchRating.C), ("h3", AchRating.I)),
        ], AchWeights.Default);

        var score = Score(matrix);

        Assert.Equal([0.707, 3.413396, 5.412792], score.Hypotheses.Select(h => h.Inconsistency));
        Assert.Equal([1, 3, 3], score.Hypotheses.Select(h => h.InconsistentCount));
        Assert.Equal([1, 2, 3], score.Hypotheses.Select(h => h.Rank));
        Assert.Equal("h1", Assert.Single(score.Leaders).Id);
        Assert.Equal([3, 2, 3, 2], score.Items.Select(i => i.Diagnosticity));
    }

    /// <summary>
    /// A leads with 1 (X against it, medium × medium) against B's 1.999396 + 0.499849 = 2.499245
    /// (Y high × high, Z low × low). Without Y, B has 0.499849 and leads: Y is the item that, if
    /// wrong, changes the answer. Without X or Z, A still leads.
    /// </summary>
    [Fact]
    public void TheSensitivityCheck_NamesTheItemThatWouldChangeTheLeader()
    {
        var matrix = new AchMatrix("sensitivity", "?", [new("a", "A"), new("b", "B")],
        [
            Note("X", WeightLevel.Medium, WeightLevel.Medium, ("a", AchRating.I), ("b", AchRating.C)),
            Note("Y", WeightLevel.High, WeightLevel.High, ("a", AchRating.C), ("b", AchRating.I)),
            Note("Z", WeightLevel.Low, WeightLevel.Low, ("a", AchRating.C), ("b", AchRating.I)),
        ], AchWeights.Default);

        var score = Score(matrix);

        Assert.Equal("a", Assert.Single(score.Leaders).Id);
        var y = Assert.Single(score.Sensitivity, s => s.ChangesLeader);
        Assert.Equal("Y", y.ItemId);
        Assert.Equal(["b"], y.LeaderWithout);
    }

    [Fact]
    public void EqualScores_ShareTheirRank()
    {
        var matrix = new AchMatrix("tie", "?", [new("a", "A"), new("b", "B")],
            [Note("X", WeightLevel.Medium, WeightLevel.Medium, ("a", AchRating.I), ("b", AchRating.I))], AchWeights.Default);

        Assert.All(Score(matrix).Hypotheses, h => Assert.Equal(1, h.Rank));
    }

    [Fact]
    public void AnIndicatorItem_IsRatedAsItsCurrentStateSays()
    {
        var item = new EvidenceItem
        {
            Id = "tempo",
            Kind = EvidenceKind.Indicator,
            Reference = "attacks_12m",
            Text = "tempo",
            RatingsByState = new Dictionary<string, IReadOnlyDictionary<string, AchRating>>
            {
                ["up"] = new Dictionary<string, AchRating> { ["a"] = AchRating.C, ["b"] = AchRating.II },
                ["down"] = new Dictionary<string, AchRating> { ["a"] = AchRating.II, ["b"] = AchRating.C },
            },
        };
        var matrix = new AchMatrix("live", "?", [new("a", "A"), new("b", "B")], [item], AchWeights.Default);
        IReadOnlyDictionary<string, Claim> noClaims = new Dictionary<string, Claim>();

        AchScore With(string state) => AchScoring.Score(matrix, AchEvidence.Resolve(matrix, noClaims, new Dictionary<string, IndicatorReading>
        {
            ["attacks_12m"] = new("attacks_12m", state, $"attacks {state}", []),
        }));

        Assert.Equal("a", Assert.Single(With("up").Leaders).Id);
        Assert.Equal("b", Assert.Single(With("down").Leaders).Id);
        Assert.Equal(2, With("flat").Leaders.Count); // no rating for this state: NA everywhere, so it cannot move the score
        var unrated = AchEvidence.Resolve(matrix, noClaims, new Dictionary<string, IndicatorReading> { ["attacks_12m"] = new("attacks_12m", "flat", "Attacks flat.", []) });
        Assert.Equal("Attacks flat. The matrix gives no ratings for this reading, so the item does not count.", unrated[0].Reading);
    }

    [Fact]
    public void AMissingClaim_CountsForNothingAndSaysSo()
    {
        var matrix = new AchMatrix("claims", "?", [new("a", "A"), new("b", "B")],
        [
            new EvidenceItem { Id = "c", Kind = EvidenceKind.Claim, Reference = "not-there", Text = "c", Ratings = new Dictionary<string, AchRating> { ["a"] = AchRating.II } },
        ], AchWeights.Default);

        var evidence = AchEvidence.Resolve(matrix, new Dictionary<string, Claim>(), new Dictionary<string, IndicatorReading>());

        Assert.Contains("not in the register", evidence[0].Reading, StringComparison.Ordinal);
        Assert.All(AchScoring.Score(matrix, evidence).Hypotheses, h => Assert.Equal(0, h.Inconsistency));
    }

    [Fact]
    public void TheShippedMatrix_RoundTripsThroughJsonWithItsWeights()
    {
        var shipped = AchMatrixJson.Shipped;

        var again = AchMatrixJson.Read(AchMatrixJson.Write(shipped), "round trip");

        Assert.Equal(3, shipped.Hypotheses.Count);
        Assert.Equal(AchMatrixJson.Write(shipped), AchMatrixJson.Write(again));
        Assert.Equal(AchWeights.Default, again.Weights);
        Assert.Equal(AchRating.II, again.Rate("attack_tempo", "contained", AchRating.II, "up").Items.Single(i => i.Id == "attack_tempo").RatingsByState["up"]["contained"]);
    }

    [Theory]
    [InlineData("{\"hypotheses\":[{\"id\":\"a\"}]}", "at least two hypotheses")]
    [InlineData("{\"hypotheses\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"items\":[{\"id\":\"x\",\"kind\":\"note\",\"ratings\":{\"c\":\"I\"}}]}", "no hypothesis 'c'")]
    [InlineData("{\"hypotheses\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"items\":[{\"id\":\"x\",\"kind\":\"note\",\"ratings\":{\"a\":\"maybe\"}}]}", "rating 'maybe'")]
    [InlineData("{\"hypotheses\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"items\":[{\"id\":\"x\",\"kind\":\"claim\"}]}", "needs 'ref'")]
    public void ABadMatrixFile_IsRefusedWithTheReason(string json, string reason)
    {
        var error = Assert.Throws<MatrixException>(() => AchMatrixJson.Read(json, "m.json"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("m.json: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemsReadingTheSameEvents_CountOnce_TheirMostInconsistentStandingForTheGroup()
    {
        EvidenceItem Grouped(string id, AchRating onB, string? group) => Note(id, WeightLevel.High, WeightLevel.High, ("a", AchRating.C), ("b", onB)) with { Group = group };
        var apart = new AchMatrix("m", "?", [new("a", "A"), new("b", "B")], [Grouped("x", AchRating.I, null), Grouped("y", AchRating.I, null), Grouped("z", AchRating.II, null)], AchWeights.Default);
        var together = apart with { Items = [.. apart.Items.Select(i => i with { Group = "same_events" })] };

        Assert.Equal(4 * 1.999396, Score(apart).Hypotheses.Single(h => h.Id == "b").Inconsistency, 6);
        Assert.Equal(2 * 1.999396, Score(together).Hypotheses.Single(h => h.Id == "b").Inconsistency, 6); // the II alone
    }

    [Fact]
    public void AClaimRatedBySubject_ReadsTheLatestIndependentClaim_InItsBand()
    {
        var item = new EvidenceItem
        {
            Id = "manpower", Kind = EvidenceKind.Claim, Subject = "manpower", Unit = "fighters", Text = "manpower",
            Bands =
            [
                new ClaimBand(null, 3000, new Dictionary<string, AchRating> { ["a"] = AchRating.C, ["b"] = AchRating.I }),
                new ClaimBand(3000, null, new Dictionary<string, AchRating> { ["a"] = AchRating.I, ["b"] = AchRating.C }),
            ],
        };
        var matrix = new AchMatrix("m", "?", [new("a", "A"), new("b", "B")], [item], AchWeights.Default);
        Dictionary<string, Claim> Register(params Claim[] claims) => claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        ResolvedEvidence Read(Dictionary<string, Claim> claims) => Assert.Single(AchEvidence.Resolve(matrix, claims, new Dictionary<string, IndicatorReading>(), new DateOnly(2025, 1, 1)));

        var old = TestClaims.Of("old", value: 2000, refersTo: "2021");
        var revised = TestClaims.Of("revised", value: 10000, refersTo: "2024");
        var relay = TestClaims.Of("relay", value: 500, refersTo: "2024-06", relays: "revised");
        var open = TestClaims.Of("open", low: 2000, refersTo: "2025-01-01");

        Assert.Equal(AchRating.I, Read(Register(old)).Ratings["b"]);
        Assert.Equal(AchRating.I, Read(Register(old, revised, relay)).Ratings["a"]); // the revised figure, not the relay repeating it
        Assert.Equal("revised", Read(Register(old, revised, relay)).Claim!.Id);
        Assert.Contains("ended", Read(Register(old)).Reading, StringComparison.Ordinal);
        Assert.All(Read(Register(old, revised, open)).Ratings.Values, r => Assert.Equal(AchRating.N, r)); // "2,000 or more" spans both bands
    }

    [Fact]
    public void AClaim_CountsAsKnownOnTheDay_AndAStaleOne_AtLowRelevance()
    {
        var item = new EvidenceItem
        {
            Id = "funding", Kind = EvidenceKind.Claim, Reference = "funding", Text = "funding", Relevance = WeightLevel.High,
            Ratings = new Dictionary<string, AchRating> { ["a"] = AchRating.II, ["b"] = AchRating.C },
        };
        var matrix = new AchMatrix("m", "?", [new("a", "A"), new("b", "B")], [item], AchWeights.Default);
        var claim = TestClaims.Of("funding", value: 1, refersTo: "2020", reported: "2021-07-24");
        ResolvedEvidence Read(DateOnly? day) => Assert.Single(AchEvidence.Resolve(matrix, new Dictionary<string, Claim> { ["funding"] = claim }, new Dictionary<string, IndicatorReading>(), day));
        double Against(DateOnly? day) => AchScoring.Score(matrix, [Read(day)]).Hypotheses.Single(h => h.Id == "a").Inconsistency;

        Assert.All(Read(new DateOnly(2021, 1, 1)).Ratings.Values, r => Assert.Equal(AchRating.NA, r)); // not yet reported
        Assert.Contains("not yet reported", Read(new DateOnly(2021, 1, 1)).Reading, StringComparison.Ordinal);
        Assert.Equal(WeightLevel.High, Read(new DateOnly(2022, 12, 31)).Item.Relevance); // two years after the span: still current
        Assert.Equal(WeightLevel.Low, Read(new DateOnly(2023, 1, 1)).Item.Relevance);
        Assert.Contains("Stale", Read(new DateOnly(2023, 1, 1)).Reading, StringComparison.Ordinal);
        Assert.Equal(Against(null) * AchWeights.Default.Low / AchWeights.Default.High, Against(new DateOnly(2025, 1, 1)), 3);
        Assert.Equal(WeightLevel.High, Read(null).Item.Relevance); // no day: no age
    }
}
