using FsCheck;
using FsCheck.Fluent;
using KhorasanWatch.Reporting.Charts;

namespace KhorasanWatch.Tests.Reporting.Charts;

public sealed class NiceTicksTests
{
    [Theory]
    [InlineData(0, new long[] { 0, 1 })]
    [InlineData(1, new long[] { 0, 1 })]
    [InlineData(3, new long[] { 0, 1, 2, 3 })]
    [InlineData(7, new long[] { 0, 2, 4, 6, 8 })]
    [InlineData(10, new long[] { 0, 2, 4, 6, 8, 10 })]
    [InlineData(11, new long[] { 0, 5, 10, 15 })]
    [InlineData(130, new long[] { 0, 50, 100, 150 })]
    [InlineData(1234, new long[] { 0, 500, 1000, 1500 })]
    public void Ticks_StartAt0_AndStepBy125TimesAPowerOf10(long max, long[] expected) =>
        Assert.Equal(expected, NiceTicks.For(max));

    [FsCheck.Xunit.Property]
    public Property Ticks_CoverTheMaximum_InAtMostFiveEqualWholeSteps(NonNegativeInt max)
    {
        var ticks = NiceTicks.For(max.Get);
        var step = ticks[1];
        var mantissa = step;
        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
        }

        return (ticks[0] == 0
            && ticks[^1] >= max.Get
            && ticks[^1] - step < Math.Max(max.Get, 1)
            && ticks.Count - 1 <= NiceTicks.MaxIntervals
            && ticks.Zip(ticks.Skip(1)).All(p => p.Second - p.First == step)
            && mantissa is 1 or 2 or 5).ToProperty();
    }
}
