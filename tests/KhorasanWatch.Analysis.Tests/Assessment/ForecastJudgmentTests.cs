using KhorasanWatch.Analysis.Assessment;

namespace KhorasanWatch.Analysis.Tests.Assessment;

public sealed class ForecastJudgmentTests
{
    [Theory]
    [InlineData(0.12, "12 %")]
    [InlineData(-0.08, "−8 %")]
    [InlineData(-0.004, "0 %")] // Rounds to zero: never "−0 %".
    [InlineData(0.004, "0 %")]
    public void SkillPercentages_CarryATrueMinus_AndNoNegativeZero(double skill, string expected) =>
        Assert.Equal(expected, ForecastJudgment.Percent(skill));
}
