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

    private static readonly Dictionary<string, Claim> OtherClaims = Matrix.Items
        .Where(i => i.Kind == EvidenceKind.Claim && i.Reference is not null)
        .ToDictionary(i => i.Reference!, i => TestClaims.Of(i.Reference!, subject: "other"), StringComparer.Ordinal);

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
