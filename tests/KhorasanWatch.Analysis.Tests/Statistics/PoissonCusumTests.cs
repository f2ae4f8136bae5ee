using MathNet.Numerics.Distributions;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Tests.Statistics;

public sealed class PoissonCusumTests
{
    [Theory]
    [InlineData(3.0, 6.0, 60.0)]
    [InlineData(10.0, 15.0, 60.0)]
    [InlineData(1.5, 4.5, 260.0)]
    public void ChosenThreshold_IsTheSmallestThatReachesTheInControlRunLength(double lambda0, double lambda1, double arl0)
    {
        var cusum = PoissonCusum.ForInControlRunLength(lambda0, lambda1, arl0);
        var lower = PoissonCusum.ForInControlRunLength(lambda0, lambda1, cusum.AverageRunLength(lambda0) * 0.999);

        Assert.True(cusum.AverageRunLength(lambda0) >= arl0);
        Assert.True(lower.H < cusum.H || lower.AverageRunLength(lambda0) >= arl0 * 0.999);
        Assert.True(cusum.AverageRunLength(lambda1) < arl0 / 5, "it should detect the shift far sooner than a false alarm");
    }

    [Fact]
    public void MarkovChainRunLength_AgreesWithSimulation()
    {
        var cusum = PoissonCusum.ForInControlRunLength(3, 6, 60);
        var random = new Random(20211);
        var runs = new List<int>();
        for (var i = 0; i < 3000; i++)
        {
            var counts = new List<int>();
            while (true)
            {
                counts.Add(Poisson.Sample(random, 3));
                if (cusum.Run(counts).Signals.Count > 0)
                {
                    runs.Add(counts.Count);
                    break;
                }
            }
        }

        // The mean of 3,000 geometric-like run lengths has a standard error of about 2 %.
        Assert.InRange(runs.Average(), cusum.AverageRunLength(3) * 0.92, cusum.AverageRunLength(3) * 1.08);
    }

    [Fact]
    public void OnALongInControlSeries_FalseAlarmsStayAtTheDesignRate()
    {
        var cusum = PoissonCusum.ForInControlRunLength(4, 8, 60);
        var random = new Random(7);
        var counts = Enumerable.Range(0, 240_000).Select(_ => Poisson.Sample(random, 4)).ToList();

        var alarms = cusum.Run(counts).Signals.Count;

        // Design rate: one alarm per ARL₀ = 60+ periods, i.e. at most 4,000 here; allow 5 % sampling noise.
        Assert.InRange(alarms, 1, 240_000 / cusum.AverageRunLength(4) * 1.05);
    }

    [Fact]
    public void AStepChange_IsSignalledAfterItAndNotBefore()
    {
        var cusum = PoissonCusum.ForInControlRunLength(2, 6, 60);
        int[] counts = [2, 1, 3, 2, 2, 1, 2, 3, 2, 2, 7, 6, 8, 5, 7];

        var trace = cusum.Run(counts);

        Assert.NotEmpty(trace.Signals);
        Assert.All(trace.Signals, t => Assert.True(t >= 10));
        Assert.All(trace.Sums, s => Assert.True(s >= 0));
    }

    [Fact]
    public void BadRates_AreRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonCusum.ForInControlRunLength(5, 5, 60));
}
