using KhorasanWatch.Analysis.Warnings;

namespace KhorasanWatch.Analysis.Tests.Warnings;

public sealed class WarningLevelsTests
{
    [Theory]
    [InlineData(Direction.Up, 0.0001, 2.5, false, WarningLevel.Alert)]
    [InlineData(Direction.Up, 0.0001, 1.4, false, WarningLevel.Warning)]
    [InlineData(Direction.Up, 0.005, 1.1, false, WarningLevel.Warning)]
    [InlineData(Direction.Up, 0.03, 1.05, false, WarningLevel.Watch)]
    [InlineData(Direction.Up, 0.3, 0.8, false, WarningLevel.None)]
    [InlineData(Direction.Up, 0.3, 0.8, true, WarningLevel.Warning)]
    [InlineData(Direction.Down, 0.0001, 0.1, true, WarningLevel.Watch)]
    [InlineData(Direction.Shift, 0.0001, null, false, WarningLevel.Warning)]
    [InlineData(Direction.Up, 0.0001, 2.5, true, WarningLevel.Warning)]
    public void Levels_FollowTheStatedRule(Direction direction, double p, double? low, bool cusum, WarningLevel expected) =>
        Assert.Equal(expected, WarningLevels.For(direction, p, low, cusum));

    [Theory]
    [InlineData(0.001, true, WarningLevel.Alert)]
    [InlineData(0.001, false, WarningLevel.Warning)]
    [InlineData(0.01, true, WarningLevel.Warning)]
    [InlineData(0.05, true, WarningLevel.Watch)]
    public void ASimulatedPAtItsFloor_MeetsTheThresholdInclusively(double p, bool simulated, WarningLevel expected) =>
        Assert.Equal(expected, WarningLevels.For(Direction.Up, p, 3, simulatedP: simulated));
}
