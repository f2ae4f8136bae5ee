using KhorasanWatch.Analysis.Hypotheses;

namespace KhorasanWatch.Analysis.Tests.Hypotheses;

/// <summary>What a matrix file must hold to be read: distinct hypothesis ids, all three weights above zero, and a name.</summary>
public sealed class AchMatrixJsonTests
{
    private static string File(string weights = "", string name = "\"name\": \"m\",") =>
        $$"""{ {{name}} {{weights}} "hypotheses": [ { "id": "a" }, { "id": "b" } ], "items": [] }""";

    private static string Refusal(string json, string? nameIfAbsent = null) =>
        Assert.Throws<MatrixException>(() => AchMatrixJson.Read(json, "m.json", nameIfAbsent)).Message;

    [Fact]
    public void TwoHypothesesWithOneId_AreRefused()
    {
        var json = """{ "name": "m", "hypotheses": [ { "id": "a" }, { "id": "b" }, { "id": "a" } ] }""";

        Assert.Equal("m.json: hypothesis id 'a' is used twice", Refusal(json));
    }

    [Theory]
    [InlineData("\"kind\": \"5\"", "kind '5' is not claim, indicator or note")]
    [InlineData("\"kind\": \"indicator, note\"", "kind 'indicator, note' is not claim, indicator or note")]
    [InlineData("\"kind\": \"note\", \"credibility\": \"2\"", "credibility '2' is not low, medium or high")]
    [InlineData("\"kind\": \"note\", \"ratings\": { \"a\": \"1\" }", "rating '1' is not CC, C, N, I, II or NA")]
    [InlineData("\"kind\": \"claim\", \"ref\": \"c1\", \"ratings_by_reading\": { \"up\": { \"a\": \"C\" } }", "'ratings_by_reading' rates a claim item by 'subject' only")]
    [InlineData("\"kind\": \"claim\", \"subject\": \"funding\", \"ratings_by_reading\": { \"Going Up\": { \"a\": \"C\" } }", "reading 'Going Up' is not one snake_case word (as a claim's reading is written, e.g. falling)")]
    [InlineData("\"kind\": \"claim\", \"subject\": \"funding\"", "a claim item by 'subject' needs 'ratings_by_band' (claims with a figure) or 'ratings_by_reading' (claims with a reading), one of them")]
    public void ANumberOrAListForAName_IsRefused_NotReadAsAMember(string fields, string reason)
    {
        var json = $$"""{ "name": "m", "hypotheses": [ { "id": "a" }, { "id": "b" } ], "items": [ { "id": "x", "text": "t", {{fields}} } ] }""";

        Assert.Equal($"m.json: item 'x': {reason}", Refusal(json));
    }

    [Fact]
    public void AMatrix_WrittenAndReadBack_IsTheSame()
    {
        var written = AchMatrixJson.Write(AchMatrixJson.Shipped);

        Assert.Equal(written, AchMatrixJson.Write(AchMatrixJson.Read(written, "shipped")));
    }

    [Theory]
    [InlineData("""{ "high": 2 }""", "m.json: weights: 'medium' and 'low' are missing; give high, medium and low, each a number above 0")]
    [InlineData("""{ "medium": 1, "low": 0.5 }""", "m.json: weights: 'high' is missing; give high, medium and low, each a number above 0")]
    [InlineData("""{ "high": 2, "medium": -1, "low": 0 }""", "m.json: weights: 'medium' is -1 and 'low' is 0; each must be a number above 0")]
    public void IncompleteOrNonPositiveWeights_AreRefusedByName(string weights, string message)
    {
        Assert.Equal(message, Refusal(File($"\"weights\": {weights},")));
    }

    [Fact]
    public void AllThreeWeights_AreKept_AndNoWeightsMeansPARCs()
    {
        var own = AchMatrixJson.Read(File("""  "weights": { "high": 3, "medium": 1.5, "low": 0.25 }, """), "m.json");
        var none = AchMatrixJson.Read(File(), "m.json");

        Assert.Equal(new AchWeights(3, 1.5, 0.25), own.Weights);
        Assert.Equal(AchWeights.Default, none.Weights);
    }

    [Fact]
    public void AFileWithoutAName_TakesTheNameGiven_AndIsRefusedWithoutOne()
    {
        Assert.Equal("mine", AchMatrixJson.Read(File(name: ""), "m.json", "mine").Name);
        Assert.Equal("m", AchMatrixJson.Read(File(), "m.json", "mine").Name);
        Assert.Contains("does not name its matrix", Refusal(File(name: "")), StringComparison.Ordinal);
    }
}
