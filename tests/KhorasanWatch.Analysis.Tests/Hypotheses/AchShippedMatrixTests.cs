using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Tests.Estimates;

namespace KhorasanWatch.Analysis.Tests.Hypotheses;

/// <summary>
/// The shipped matrix must follow the evidence: every state its indicator items and its manpower
/// bands can be in is enumerated, with the shipped register's other claims, and each hypothesis
/// must lead under some of them — and under the plausible states named below.
/// </summary>
public sealed class AchShippedMatrixTests
{
    private static readonly AchMatrix Matrix = AchMatrixJson.Shipped;

    private static readonly string[] HypothesisIds = ["resurging", "spoiler", "contained"];

    /// <summary>A figure inside each manpower band, as the latest independent claim.</summary>
    private static readonly double[] Manpower = [800, 2000, 6000];

    /// <summary>The claims without a figure as the shipped register reads them: funding sustained, relocation sought, the people against.</summary>
    private static readonly Dictionary<string, Claim> OtherClaims = new(StringComparer.Ordinal)
    {
        ["f"] = TestClaims.Of("f", subject: "funding", reading: "sustained"),
        ["r"] = TestClaims.Of("r", subject: "relocation", reading: "sought"),
        ["a"] = TestClaims.Of("a", subject: "popular_attitude", reading: "against", refersTo: "2021-09-21"),
    };

    private static string Leader(int manpower, Dictionary<string, string?> states)
    {
        var claims = new Dictionary<string, Claim>(OtherClaims, StringComparer.Ordinal)
        {
            ["m"] = TestClaims.Of("m", value: Manpower[manpower], refersTo: "2024"),
            ["p"] = TestClaims.Of("p", low: 2000, unit: "people", refersTo: "2021-08", subject: "prisoners_released"), // as the shipped register: "thousands"
            ["t"] = TestClaims.Of("t", low: 75000, high: 100000, refersTo: "2021", subject: "taliban_manpower"),
        };
        var readings = Matrix.Items.Where(i => i.Kind == EvidenceKind.Indicator).ToDictionary(
            i => i.Reference!,
            i => states[i.Id] is { } state
                ? new IndicatorReading(i.Reference!, state, state, [])
                : new IndicatorReading(i.Reference!, "flat", "not significant", []) { Significant = false },
            StringComparer.Ordinal);
        var score = AchScoring.Score(Matrix, AchEvidence.Resolve(Matrix, claims, readings, new DateOnly(2025, 1, 1)));
        return score.Leaders.Count == 1 ? score.Leaders[0].Id : "tie";
    }

    private static IEnumerable<(int Manpower, Dictionary<string, string?> States)> EveryState()
    {
        var indicators = Matrix.Items.Where(i => i.Kind == EvidenceKind.Indicator).ToList();
        IEnumerable<Dictionary<string, string?>> combos = [new Dictionary<string, string?>(StringComparer.Ordinal)];
        foreach (var item in indicators)
        {
            var options = item.RatingsByState.Keys.Cast<string?>().Append(null).ToList(); // null: not significant
            combos = combos.SelectMany(c => options.Select(o => new Dictionary<string, string?>(c, StringComparer.Ordinal) { [item.Id] = o })).ToList();
        }

        return combos.SelectMany(c => Enumerable.Range(0, Manpower.Length).Select(m => (m, c)));
    }

    [Theory]
    [InlineData("prisoners_released", "people", 300, "N", "N", "N")]
    [InlineData("prisoners_released", "people", 2000, "C", "I", "I")]
    [InlineData("taliban_manpower", "fighters", 20000, "C", "N", "N")]
    [InlineData("taliban_manpower", "fighters", 80000, "I", "N", "N")]
    public void AClaimItemWithAFigure_IsRatedByTheLatestEstimate_NotAFixedClaim(string subject, string unit, double figure, string resurging, string spoiler, string contained)
    {
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal)
        {
            ["old"] = TestClaims.Of("old", value: subject == "prisoners_released" ? 2000 : 80000, unit: unit, refersTo: "2021", subject: subject),
            ["new"] = TestClaims.Of("new", value: figure, unit: unit, refersTo: "2024", subject: subject),
        };
        var item = AchEvidence.Resolve(Matrix, claims, new Dictionary<string, IndicatorReading>(), new DateOnly(2025, 1, 1))
            .Single(r => r.Item.Subject == subject);

        Assert.Equal("new", item.Claim!.Id);
        Assert.Equal(
            [Enum.Parse<AchRating>(resurging), Enum.Parse<AchRating>(spoiler), Enum.Parse<AchRating>(contained)],
            HypothesisIds.Select(h => item.Ratings[h]));
    }

    [Theory]
    [InlineData("funding", "falling", "I", "N", "C")]
    [InlineData("funding", "rising", "C", "N", "I")]
    [InlineData("relocation", "under_way", "CC", "I", "II")]
    [InlineData("popular_attitude", "for", "C", "C", "I")]
    public void AClaimItemWithoutAFigure_IsRatedByTheLatestReading_NotAFixedClaim(string subject, string reading, string resurging, string spoiler, string contained)
    {
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal)
        {
            ["old"] = TestClaims.Of("old", subject: subject, reading: OtherClaims.Values.Single(c => c.Subject == subject).Reading, refersTo: "2021"),
            ["new"] = TestClaims.Of("new", subject: subject, reading: reading, refersTo: "2024", reported: "2024-06-01"),
            ["relay"] = TestClaims.Of("relay", subject: subject, reading: "mixed", refersTo: "2024-12", reported: "2024-12-01", relays: "new"),
        };
        var item = AchEvidence.Resolve(Matrix, claims, new Dictionary<string, IndicatorReading>(), new DateOnly(2025, 1, 1))
            .Single(r => r.Item.Subject == subject);

        Assert.Equal("new", item.Claim!.Id); // the latest independent claim: a relay does not count as one
        Assert.Equal(reading, item.State);
        Assert.Equal(
            [Enum.Parse<AchRating>(resurging), Enum.Parse<AchRating>(spoiler), Enum.Parse<AchRating>(contained)],
            HypothesisIds.Select(h => item.Ratings[h]));
    }

    [Fact]
    public void AReadingTheMatrixDoesNotRate_OrNoneKnownOnTheDay_CountsForNothing_AndSaysWhy()
    {
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal)
        {
            ["odd"] = TestClaims.Of("odd", subject: "funding", reading: "unclear"),
            ["later"] = TestClaims.Of("later", subject: "relocation", reading: "under_way", refersTo: "2026", reported: "2026-02-01"),
        };
        var resolved = AchEvidence.Resolve(Matrix, claims, new Dictionary<string, IndicatorReading>(), new DateOnly(2025, 1, 1));

        var funding = resolved.Single(r => r.Item.Subject == "funding");
        Assert.All(HypothesisIds, h => Assert.Equal(AchRating.NA, funding.Ratings[h]));
        Assert.Contains("the matrix rates only falling, rising, sustained", funding.Reading, StringComparison.Ordinal);
        var relocation = resolved.Single(r => r.Item.Subject == "relocation");
        Assert.All(HypothesisIds, h => Assert.Equal(AchRating.NA, relocation.Ratings[h]));
        Assert.Contains("no independent claim of 'relocation' with a reading", relocation.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadingItem_IsRatedPerReading_AndABandItem_ByImport()
    {
        var rated = Matrix.Rate("funding", "resurging", AchRating.II, "sustained");

        Assert.Equal(AchRating.II, rated.Items.Single(i => i.Id == "funding").RatingsByReading["sustained"]["resurging"]);
        Assert.Equal(AchRating.I, rated.Items.Single(i => i.Id == "funding").RatingsByReading["falling"]["resurging"]); // the other readings kept
        Assert.Contains("give the reading to rate as the state (falling, sustained, rising)",
            Assert.Throws<ArgumentException>(() => Matrix.Rate("funding", "resurging", AchRating.II)).Message, StringComparison.Ordinal);
        Assert.Contains("change its bands' ratings with ach import",
            Assert.Throws<ArgumentException>(() => Matrix.Rate("manpower", "resurging", AchRating.II)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoItemOfTheShippedMatrix_NamesAFixedClaim() =>
        Assert.DoesNotContain(Matrix.Items, i => i.Kind == EvidenceKind.Claim && i.Subject is null);

    [Fact]
    public void EveryHypothesis_LeadsUnderSomeStateOfTheEvidence()
    {
        var leaders = EveryState().Select(s => Leader(s.Manpower, s.States)).ToList();

        var output = TestContext.Current.TestOutputHelper;
        foreach (var group in leaders.GroupBy(l => l).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output?.WriteLine($"{group.Key}: leads in {group.Count()} of {leaders.Count} states");
        }

        Assert.Equal(3 * 3 * 3 * 3 * 3 * 3, leaders.Count); // five indicator items of two states and "not significant", three bands
        foreach (var h in Matrix.Hypotheses)
        {
            Assert.True(leaders.Count(l => l == h.Id) >= 20, $"'{h.Id}' leads in {leaders.Count(l => l == h.Id)} states");
        }
    }

    public static TheoryData<string, int, string?, string?, string?, string?, string?> PlausibleStates => new()
    {
        // expected, manpower band, attack tempo, mass-casualty, regional spread, warnings, Taliban pressure
        { "spoiler", 1, null, null, null, null, null },
        { "resurging", 1, "up", "up", null, "warning", null },
        { "resurging", 2, "up", null, null, null, null },
        { "resurging", 1, "up", "up", "up", "alert", "down" },
        { "contained", 1, "down", "down", null, null, "up" },
        { "contained", 0, "down", null, null, null, "up" },
    };

    [Theory]
    [MemberData(nameof(PlausibleStates))]
    public void APlausibleState_LeadsToTheHypothesisItDescribes(string expected, int manpower, string? tempo, string? massCasualty, string? spread, string? warnings, string? pressure)
    {
        var states = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["attack_tempo"] = tempo,
            ["mass_casualty"] = massCasualty,
            ["regional_spread"] = spread,
            ["warnings"] = warnings,
            ["taliban_pressure"] = pressure,
        };

        Assert.Equal(expected, Leader(manpower, states));
    }
}
