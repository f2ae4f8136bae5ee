using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Indicators;
using static KhorasanWatch.Analysis.Tests.Estimates.TestClaims;

namespace KhorasanWatch.Analysis.Tests.Estimates;

public sealed class ClaimSeriesTests
{
    /// <summary>Weights an analyst might state: only A and C sources, only credibility 1 and 3, count.</summary>
    private static readonly GradeWeights Stated = new(
        new Dictionary<char, double> { ['A'] = 1.0, ['B'] = 0, ['C'] = 0.5, ['D'] = 0, ['E'] = 0, ['F'] = 0 },
        new Dictionary<int, double> { [1] = 1.0, [2] = 0, [3] = 0.5, [4] = 0, [5] = 0, [6] = 0 });

    [Fact]
    public void ConflictingClaims_AreCombinedWithTheStatedWeights()
    {
        Claim[] register = [Of("a", value: 1000, grade: "A1"), Of("c", low: 3000, high: 5000, grade: "C3")];

        var point = Assert.Single(ClaimSeries.Build(register, "manpower", PeriodKind.Year, Stated).Points);

        // a weighs 1.0 × 1.0 = 1; c weighs 0.5 × 0.5 = 0.25 and counts its range's middle, 4,000.
        Assert.Equal((1 * 1000 + 0.25 * 4000) / 1.25, point.Combined, 9);
        Assert.Equal([1.0, 0.25], point.Claims.Select(w => w.Weight));
    }

    [Fact]
    public void TheDefaultWeights_FallByAFifthAStep()
    {
        Claim[] register = [Of("a", value: 1000, grade: "A1"), Of("c", value: 4000, grade: "C3")];

        var result = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default);

        // A1: 1.0 × 1.0; C3: 0.6 × 0.6 = 0.36.
        Assert.Equal((1000 + (0.36 * 4000)) / 1.36, result.Points[0].Combined, 9);
        Assert.Same(GradeWeights.Default, result.Weights);
        Assert.Contains("reliability A 1.0, B 0.8, C 0.6", result.Weights.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSpread_RunsFromTheLowestLowToTheHighestHigh_AndExcludingRangesAreFlagged()
    {
        Claim[] register = [Of("un", low: 1500, high: 2200), Of("us", value: 4000)];

        var point = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).Points.Single();

        Assert.Equal((1500, 4000), (point.SpreadLow, point.SpreadHigh));
        Assert.True(point.SourcesDisagree);
    }

    [Fact]
    public void ARelay_IsSetAsideWhenItsOriginalIsInTheRegister()
    {
        Claim[] register = [Of("original", value: 2000), Of("relay", value: 2500, relays: "original")];

        var point = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).Points.Single();

        Assert.Equal(["original"], point.Claims.Select(w => w.Claim.Id));
        Assert.Equal(["relay"], point.RelaysSetAside.Select(c => c.Id));
        Assert.Equal(["relay"], ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).RelaysSetAside.Select(c => c.Id));
        Assert.Equal(2000, point.Combined);
    }

    [Fact]
    public void ARelayInAPeriodWithoutAnIndependentClaim_IsStillListedAsSetAside()
    {
        Claim[] register = [Of("original", value: 2000, refersTo: "2020"), Of("relay", value: 2000, refersTo: "2021", relays: "original")];

        var result = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default);

        var point = Assert.Single(result.Points);
        Assert.Equal("2020", point.Period.Label);
        Assert.Empty(point.RelaysSetAside);
        Assert.Equal(["relay"], result.RelaysSetAside.Select(c => c.Id));
        Assert.Equal(["relay"], result.RelaysBehind(point).Select(c => c.Id));
    }

    [Fact]
    public void ARelayWhoseOriginalIsAbsent_CountsAsASource()
    {
        Claim[] register = [Of("relay", value: 2500, relays: "not-in-the-register")];

        var point = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).Points.Single();

        Assert.Equal(["relay"], point.Claims.Select(w => w.Claim.Id));
        Assert.Empty(point.RelaysSetAside);
        Assert.Empty(ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).RelaysSetAside);
    }

    [Fact]
    public void AMove_IsFoundWhenSuccessiveSpreadsDoNotOverlap()
    {
        Claim[] register = [Of("y2021", low: 1500, high: 2200, refersTo: "2021"), Of("y2022", value: 4000, refersTo: "2022")];

        var move = Assert.Single(ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).Moves);

        Assert.True(move.Up);
        Assert.Equal(("2021", "2022", 1850.0, 4000.0), (move.From.Label, move.To.Label, move.Before, move.After));
        Assert.Contains("rose from 1,900 fighters (2021, sources 1,500–2,200) to 4,000 fighters", move.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void AMoveFromAnOpenSpread_SaysOrMore_NotInfinity()
    {
        Claim[] register = [Of("y2021", low: 1000, refersTo: "2021"), Of("y2022", value: 500, refersTo: "2022")];

        var move = Assert.Single(ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).Moves);

        Assert.Equal("The combined estimate fell from 1,000 or more fighters (2021, sources 1,000 or more) to 500 fighters (2022, sources 500); the sources' ranges do not overlap.", move.Statement);
    }

    [Fact]
    public void NoMove_IsFoundWhenTheSpreadsOverlap_HoweverTheCombinedEstimateChanges()
    {
        Claim[] register = [Of("y2021", low: 1500, high: 2200, refersTo: "2021"), Of("y2022", low: 2000, high: 6000, refersTo: "2022")];

        var result = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default);

        Assert.Equal(2, result.Points.Count);
        Assert.True(result.Points[1].Combined > 2 * result.Points[0].Combined);
        Assert.Empty(result.Moves);
    }

    [Fact]
    public void ClaimsInAnotherUnit_AreLeftOutAndNamed()
    {
        Claim[] register = [Of("a", value: 2000), Of("b", value: 2500), Of("share", value: 10, unit: "percent of members"), Of("words", subject: "manpower", unit: null)];

        var result = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default);

        Assert.Equal("fighters", result.Unit);
        Assert.Equal(["share"], result.OtherUnits.Select(c => c.Id));
        Assert.Equal(["a", "b"], result.Points.Single().Claims.Select(w => w.Claim.Id));
    }

    [Fact]
    public void AClaim_IsFiledUnderTheSpanItDescribes_NotItsLastDay()
    {
        Claim[] register =
        [
            Of("window", value: 100, refersTo: "2021-01-01/2021-04-30"), Of("march", value: 120, refersTo: "2021-03"),
            Of("few-years-ago", value: 2000, refersTo: "2017-01-01/2020-12-31"),
        ];

        var points = ClaimSeries.Build(register, "manpower", PeriodKind.Quarter, GradeWeights.Default).Points;

        Assert.Equal(["2017-01-01/2020-12-31", "2021-Q1", "2021-01-01/2021-04-30"], points.Select(p => p.Period.Label));
        Assert.Equal(["march"], points[1].Claims.Select(w => w.Claim.Id));
        Assert.True(points[0].IsStaleOn(new DateOnly(2025, 1, 1)));
        Assert.False(points[2].IsStaleOn(new DateOnly(2023, 4, 30)));
    }

    [Fact]
    public void OneSidedFigures_StayBounds_AndAreNeverAveragedAsPoints()
    {
        Claim[] register = [Of("thousands", low: 2000, refersTo: "2021"), Of("more", low: 3000, refersTo: "2021")];

        var point = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).Points.Single();

        Assert.True(point.IsBound);
        Assert.Equal("3,000 or more", point.Figure); // the tightest bound both claims allow
    }

    [Fact]
    public void TwoBareFiguresThatDifferALittle_AreNoMove_GivenTheSubjectsTypicalUncertainty()
    {
        // The UN's 1,500-2,200 gives the subject a typical half-width of 19 %: 2,000 then 2,300 overlap.
        Claim[] register =
        [
            Of("un", low: 1500, high: 2200, refersTo: "2019"), Of("y2021", value: 2000, refersTo: "2021"), Of("y2022", value: 2300, refersTo: "2022"),
            Of("y2024", value: 6000, refersTo: "2024"),
        ];

        var moves = ClaimSeries.Build(register, "manpower", PeriodKind.Year, GradeWeights.Default).Moves;

        Assert.Equal([(2022, 2024)], moves.Select(m => (m.From.Start.Year, m.To.Start.Year)));
    }

    [FsCheck.Xunit.Property]
    public bool TheCombinedEstimate_LiesWithinTheSpread(int[] values, byte[] grades)
    {
        var claims = values.Take(12).Select((v, i) =>
            Of($"c{i}", value: v, grade: $"{(char)('A' + (grades.ElementAtOrDefault(i) % 6))}{(grades.ElementAtOrDefault(i) / 6 % 6) + 1}")).ToList();
        if (claims.Count == 0)
        {
            return true;
        }

        var point = ClaimSeries.Build(claims, "manpower", PeriodKind.Year, GradeWeights.Default).Points.Single();
        return point.SpreadLow - 1e-6 <= point.Combined && point.Combined <= point.SpreadHigh + 1e-6;
    }
}
