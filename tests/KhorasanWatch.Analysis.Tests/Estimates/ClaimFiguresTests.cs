using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Tests.Estimates;

public sealed class ClaimFiguresTests
{
    [Theory]
    [InlineData(80534.48, "81,000")]
    [InlineData(1850, "1,900")]
    [InlineData(2000, "2,000")]
    [InlineData(99.96, "100")]
    [InlineData(77, "77")]
    [InlineData(3.67, "3.7")]
    [InlineData(0.04567, "0.046")]
    [InlineData(0, "0")]
    [InlineData(-1234, "-1,200")]
    public void ACombinedFigure_IsShownToTwoSignificantFigures(double combined, string shown) =>
        Assert.Equal(shown, ClaimFigures.Combined(combined));

    [FsCheck.Xunit.Property]
    public bool RoundingToTwoSignificantFigures_MovesAFigureByAtMostFivePercent(int mantissa, sbyte exponent)
    {
        var x = mantissa * Math.Pow(10, exponent % 12);
        return Math.Abs(Figures.TwoSignificantFigures(x) - x) <= (0.05 * Math.Abs(x)) + 1e-9;
    }

    [Theory]
    [InlineData(1000, double.PositiveInfinity, "1,000 or more")]
    [InlineData(double.NegativeInfinity, 5, "up to 5")]
    [InlineData(1500, 2200, "1,500–2,200")]
    [InlineData(2000, 2000, "2,000")]
    public void ASpread_WithAnOpenEnd_IsWrittenInWords_NotWithInfinity(double low, double high, string shown) =>
        Assert.Equal(shown, ClaimFigures.Spread(low, high));
}
