using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Tests.Statistics;

public sealed class SubtractiveRandomTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(42)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void DrawsWhatRandomDraws_ForTheSameSeed(int seed)
    {
        var expected = new Random(seed);
        var actual = new SubtractiveRandom(seed);
        for (var i = 0; i < 200_000; i++)
        {
            var (min, max) = (i % 97, 98 + (i % 5_003));
            Assert.Equal(expected.Next(min, max), actual.Next(min, max));
        }
    }
}
