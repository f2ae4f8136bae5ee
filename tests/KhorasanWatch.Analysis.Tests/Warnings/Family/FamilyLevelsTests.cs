using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Analysis.Warnings.Family;

namespace KhorasanWatch.Analysis.Tests.Warnings.Family;

public sealed class FamilyLevelsTests
{
    [Theory]
    [InlineData(0.0005, WarningLevel.Alert)]
    [InlineData(0.0045, WarningLevel.Alert)]
    [InlineData(0.0046, WarningLevel.Warning)]
    [InlineData(0.045, WarningLevel.Warning)]
    [InlineData(0.0451, WarningLevel.Watch)]
    [InlineData(0.18, WarningLevel.Watch)]
    [InlineData(0.181, WarningLevel.None)]
    [InlineData(1, WarningLevel.None)]
    public void Levels_AreFamilyWiseRates_ATenthBelowThePromise_Inclusive(double familyP, WarningLevel expected) =>
        Assert.Equal(expected, FamilyLevels.For(familyP));
}
