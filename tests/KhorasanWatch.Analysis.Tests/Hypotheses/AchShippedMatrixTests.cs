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

    /// <summary>A figure inside each manpower band, as the latest independent claim.</summary>
    private static readonly double[] Manpower = [800, 2000, 6000];

    private static readonly Dictionary<string, Claim> OtherClaims = Matrix.Items
        .Where(i => i.Kind == EvidenceKind.Claim && i.Reference is not null)
        .ToDictionary(i => i.Reference!, i => TestClaims.Of(i.Reference!, subject: "other"), StringComparer.Ordinal);

    private static string Leader(int manpower, Dictionary<string, string?> states)
    {
        var claims = new Dictionary<string, Claim>(OtherClaims, StringComparer.Ordinal) { ["m"] = TestClaims.Of("m", value: Manpower[manpower], refersTo: "2024") };
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
