using KhorasanWatch.Reporting.Charts;

namespace KhorasanWatch.Tests.Reporting.Charts;

public sealed class SvgBuilderTests
{
    [Theory]
    [InlineData(12.34, "12.3")]
    [InlineData(12.35, "12.4")]
    [InlineData(7.0, "7")]
    [InlineData(-0.04, "0")]
    [InlineData(1234567.89, "1234567.9")]
    public void Coordinates_AreRoundedTo0Point1_InTheInvariantCulture(double value, string expected) =>
        Assert.Equal(expected, SvgBuilder.Num(value));

    [Fact]
    public void ANonFiniteCoordinate_IsABug_AndThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgBuilder.Num(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgBuilder.Num(double.PositiveInfinity));
    }

    [Fact]
    public void Escape_MakesMarkupAndQuotesSafe() =>
        Assert.Equal("Tom &amp; &quot;Jerry&quot; &lt;b&gt; o&#39;clock", SvgBuilder.Escape("Tom & \"Jerry\" <b> o'clock"));
}
