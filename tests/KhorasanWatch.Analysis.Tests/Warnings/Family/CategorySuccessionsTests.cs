using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Tests.Warnings.Family;

public sealed class CategorySuccessionsTests
{
    private static readonly CategorySuccessions Iskp = IndicatorRules.Iskp.Successions;

    [Fact]
    public void TheShippedProfile_RelabelsTheStatesForcesOnTheTakeover()
    {
        Assert.Equal([new DateOnly(2021, 8, 15)], Iskp.Days);
        var counted = Iskp.CountedWith(TargetCategory.Taliban, new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31));
        Assert.Contains(TargetCategory.AfghanRepublic, counted);
        Assert.Contains(TargetCategory.Taliban, counted);
        Assert.DoesNotContain(TargetCategory.ShiaHazara, counted);
    }

    [Fact]
    public void AWindowOnOneSideOfTheDay_KeepsTheCategoryAlone()
    {
        Assert.Equal([TargetCategory.Taliban], Iskp.CountedWith(TargetCategory.Taliban, new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31)));
        Assert.Equal([TargetCategory.AfghanRepublic], Iskp.CountedWith(TargetCategory.AfghanRepublic, new DateOnly(2017, 1, 1), new DateOnly(2021, 8, 14)));
    }

    [Fact]
    public void AnyDatedPairOfRules_MakesASuccession()
    {
        var rules = new[]
        {
            new TargetRule(TargetCategory.NeighbourForces, new HashSet<string>(), [], new HashSet<string> { "PAK" }, null, null, new DateOnly(2030, 1, 1)),
            new TargetRule(TargetCategory.OtherCivilians, new HashSet<string>(), [], new HashSet<string> { "PAK" }, null, new DateOnly(2030, 1, 1), null),
            new TargetRule(TargetCategory.ShiaHazara, new HashSet<string>(), [], new HashSet<string> { "IRN" }, null, new DateOnly(2030, 1, 1), null),
        };

        var successions = CategorySuccessions.From(rules);

        var counted = successions.CountedWith(TargetCategory.NeighbourForces, new DateOnly(2029, 1, 1), new DateOnly(2031, 1, 1));
        Assert.Equal([TargetCategory.NeighbourForces, TargetCategory.OtherCivilians], counted.Order());
    }
}
