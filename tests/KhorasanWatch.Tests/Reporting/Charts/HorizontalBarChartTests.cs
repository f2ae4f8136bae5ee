using KhorasanWatch.Reporting.Charts;
using static KhorasanWatch.Tests.Reporting.Charts.ChartXml;

namespace KhorasanWatch.Tests.Reporting.Charts;

public sealed class HorizontalBarChartTests
{
    private static HorizontalBarChartSpec TargetMix(params ChartBar[] bars) => new("ISKP attacks by target, 2015–2025", "Attacks", bars);

    [Fact]
    public void ABarChart_IsValidSvg_WithLabelsAndCountsInTheGivenOrder()
    {
        var root = Parse(HorizontalBarChart.Render(TargetMix(new("Shia/Hazara", 42), new("Security forces", 1234), new("Sikh & Hindu", 3))));

        var texts = TextsIn(root, "bars").Select(t => t.Value).ToList();
        Assert.Equal(["Shia/Hazara", "42", "Security forces", "1,234", "Sikh & Hindu", "3"], texts);
        Assert.Equal("ISKP attacks by target, 2015–2025", root.Attribute("aria-label")?.Value);
        Assert.Contains("Attacks", TextsIn(root, "x-axis").Select(t => t.Value));
        Assert.Equal(["0", "500", "1,000", "1,500"], TextsIn(root, "x-axis").Select(t => t.Value).SkipLast(1));
    }

    [Fact]
    public void BarLengths_AreProportionalToCounts_AndEachCountSitsAtItsBarsEnd()
    {
        var root = Parse(HorizontalBarChart.Render(TargetMix(new("A", 10), new("B", 40))));

        var bars = All(root, "rect");
        Assert.Equal(4 * Num(bars[0], "width"), Num(bars[1], "width"), 0);
        var counts = TextsIn(root, "bars").Where(t => t.Value is "10" or "40").ToList();
        Assert.All(counts.Zip(bars), p => Assert.InRange(Num(p.First, "x") - (Num(p.Second, "x") + Num(p.Second, "width")), 0, 8));
    }

    [Fact]
    public void CountsAndTickLabels_StayInsideTheChart()
    {
        var root = Parse(HorizontalBarChart.Render(TargetMix(new("Shia/Hazara", 98765), new("Other", 5))));

        var (width, _) = Size(root);
        var count = TextsIn(root, "bars").Single(t => t.Value == "98,765");
        Assert.True(Num(count, "x") + (6 * ChartStyle.TickFontSize * 0.6) <= width);
    }

    [Fact]
    public void NoBarsOrOnlyZeros_DrawSensibly()
    {
        var empty = Parse(HorizontalBarChart.Render(TargetMix()));
        var zeros = Parse(HorizontalBarChart.Render(TargetMix(new ChartBar("Shia/Hazara", 0))));

        Assert.Empty(TextsIn(empty, "bars"));
        Assert.Empty(All(zeros, "rect"));
        Assert.Equal(["Shia/Hazara", "0"], TextsIn(zeros, "bars").Select(t => t.Value));
    }

    [Fact]
    public void ALabelTooLongForTheMargin_IsCutWithAnEllipsis()
    {
        var label = string.Concat(Enumerable.Repeat("Government officials ", 10));
        var spec = new HorizontalBarChartSpec("t", "Attacks", [new ChartBar(label, 3)], width: 400);

        var shown = TextsIn(Parse(HorizontalBarChart.Render(spec)), "bars")[0].Value;

        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.StartsWith("Government officials", shown, StringComparison.Ordinal);
        Assert.True(ChartStyle.TextWidth(shown, ChartStyle.TickFontSize) <= 400 * 0.4 + 1);
    }

    [Fact]
    public void TheSameBars_RenderTheSameBytes() =>
        Assert.Equal(HorizontalBarChart.Render(TargetMix(new("A", 1), new("B", 2))), HorizontalBarChart.Render(TargetMix(new("A", 1), new("B", 2))));

    [Fact]
    public void ANegativeCount_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChartBar("A", -1));
}
