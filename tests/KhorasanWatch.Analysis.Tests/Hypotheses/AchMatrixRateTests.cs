using KhorasanWatch.Analysis.Hypotheses;

namespace KhorasanWatch.Analysis.Tests.Hypotheses;

/// <summary>Changing one rating: where a state is needed and where it is refused, and that a rating already in force changes nothing.</summary>
public sealed class AchMatrixRateTests
{
    private static readonly AchMatrix Matrix = new("m", "?", [new("a", "A"), new("b", "B")],
    [
        new EvidenceItem { Id = "claim", Kind = EvidenceKind.Claim, Reference = "c1", Text = "claim", Ratings = new Dictionary<string, AchRating> { ["a"] = AchRating.I } },
        new EvidenceItem { Id = "note", Kind = EvidenceKind.Note, Text = "note", Ratings = new Dictionary<string, AchRating> { ["a"] = AchRating.C } },
        new EvidenceItem
        {
            Id = "tempo",
            Kind = EvidenceKind.Indicator,
            Reference = "attacks_12m",
            Text = "tempo",
            RatingsByState = new Dictionary<string, IReadOnlyDictionary<string, AchRating>>
            {
                ["up"] = new Dictionary<string, AchRating> { ["a"] = AchRating.C, ["b"] = AchRating.II },
            },
        },
    ], AchWeights.Default);

    [Theory]
    [InlineData("claim", "item 'claim' is a claim item, rated the same in every state: rate it without a state")]
    [InlineData("note", "item 'note' is a note item, rated the same in every state: rate it without a state")]
    public void AStateForAClaimOrNote_IsRefused(string item, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Matrix.Rate(item, "a", AchRating.II, "up"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIndicatorWithoutAState_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Matrix.Rate("tempo", "a", AchRating.II));

        Assert.StartsWith("item 'tempo' is an indicator: give the state to rate (up)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claim", "a", AchRating.I, null)]
    [InlineData("note", "b", AchRating.NA, null)] // no rating is NA
    [InlineData("tempo", "b", AchRating.II, "up")]
    public void TheRatingAlreadyInForce_GivesBackTheSameMatrix(string item, string hypothesis, AchRating rating, string? state)
    {
        Assert.Same(Matrix, Matrix.Rate(item, hypothesis, rating, state));
    }

    [Fact]
    public void ANewRating_GivesANewMatrixWithIt()
    {
        var changed = Matrix.Rate("claim", "b", AchRating.C);

        Assert.NotSame(Matrix, changed);
        Assert.Equal(AchRating.C, changed.Items[0].Ratings["b"]);
        Assert.False(Matrix.Items[0].Ratings.ContainsKey("b"));
    }
}
