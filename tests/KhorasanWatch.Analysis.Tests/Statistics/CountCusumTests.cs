using KhorasanWatch.Analysis.Statistics;
using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Tests.Statistics;

public sealed class CountCusumTests
{
    [Theory]
    [InlineData(3.0, 6.0, 60.0)]
    [InlineData(10.0, 15.0, 60.0)]
    [InlineData(1.5, 4.5, 260.0)]
    public void ChosenThreshold_IsTheSmallestThatReachesTheInControlRunLength(double lambda0, double lambda1, double arl0)
    {
        var cusum = CountCusum.ForInControlRunLength(lambda0, lambda1, arl0);
        var lower = CountCusum.ForInControlRunLength(lambda0, lambda1, cusum.AverageRunLength(lambda0) * 0.999);

        Assert.True(cusum.AverageRunLength(lambda0) >= arl0);
        Assert.Equal(cusum.AverageRunLength(lambda0), cusum.InControlRunLength, 9);
        Assert.True(lower.H < cusum.H || lower.AverageRunLength(lambda0) >= arl0 * 0.999);
        Assert.True(cusum.AverageRunLength(lambda1) < arl0 / 5, "it should detect the shift far sooner than a false alarm");
    }

    [Fact]
    public void MarkovChainRunLength_AgreesWithSimulation()
    {
        var cusum = CountCusum.ForInControlRunLength(3, 6, 60);
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
    public void ChanceOfASignalWithinTwelvePeriods_AgreesWithSimulation()
    {
        var cusum = CountCusum.ForInControlRunLength(0.6, 0.9, 60);
        var random = new Random(31);
        var signalled = 0;
        const int Runs = 20_000;
        for (var i = 0; i < Runs; i++)
        {
            var counts = Enumerable.Range(0, 12).Select(_ => Poisson.Sample(random, 0.6)).ToList();
            signalled += cusum.Run(counts).Signals.Count > 0 ? 1 : 0;
        }

        var chance = cusum.InControlChanceOfSignalWithin(12);

        // 20,000 runs: a standard error under 0.3 points; a test-per-period 5 % reading would be 46 %.
        Assert.InRange((double)signalled / Runs, chance - 0.012, chance + 0.012);
        Assert.InRange(chance, 0.01, 0.5);
        Assert.Equal(0, cusum.InControlChanceOfSignalWithin(0));
    }

    [Fact]
    public void OnALongInControlSeries_FalseAlarmsStayAtTheDesignRate()
    {
        var cusum = CountCusum.ForInControlRunLength(4, 8, 60);
        var random = new Random(7);
        var counts = Enumerable.Range(0, 240_000).Select(_ => Poisson.Sample(random, 4)).ToList();

        var alarms = cusum.Run(counts).Signals.Count;

        // Design rate: one alarm per ARL₀ = 60+ periods, i.e. at most 4,000 here; allow 5 % sampling noise.
        Assert.InRange(alarms, 1, 240_000 / cusum.AverageRunLength(4) * 1.05);
    }

    [Fact]
    public void AStepChange_IsSignalledAfterItAndNotBefore()
    {
        var cusum = CountCusum.ForInControlRunLength(2, 6, 60);
        int[] counts = [2, 1, 3, 2, 2, 1, 2, 3, 2, 2, 7, 6, 8, 5, 7];

        var trace = cusum.Run(counts);

        Assert.NotEmpty(trace.Signals);
        Assert.All(trace.Signals, t => Assert.True(t >= 10));
        Assert.All(trace.Sums, s => Assert.True(s >= 0));
    }

    [Fact]
    public void BadRates_AreRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CountCusum.ForInControlRunLength(5, 5, 60));

    [Fact]
    public void NegativeBinomialChain_AgreesWithSimulation()
    {
        var inControl = CountDistribution.NegativeBinomial(5, 2.5);
        var cusum = CountCusum.ForInControlRunLength(inControl, 10, 60);
        var random = new Random(2025);
        var inControlRuns = SimulatedRunLengths(cusum, inControl, random, 2000);
        var shiftedRuns = SimulatedRunLengths(cusum, inControl.WithMean(10), random, 2000);

        Assert.True(cusum.AverageRunLength(inControl) >= 60);
        Assert.InRange(inControlRuns.Average(), cusum.AverageRunLength(inControl) * 0.9, cusum.AverageRunLength(inControl) * 1.1);
        Assert.InRange(shiftedRuns.Average(), cusum.AverageRunLength(inControl.WithMean(10)) * 0.93, cusum.AverageRunLength(inControl.WithMean(10)) * 1.07);
    }

    [Fact]
    public void APoissonCusumOnOverdispersedCounts_AlarmsFarMoreOftenThanDesigned()
    {
        // Why the negative-binomial CUSUM exists: campaigns make counts over-dispersed.
        var poisson = CountCusum.ForInControlRunLength(5, 7.5, 60);
        var negativeBinomial = CountCusum.ForInControlRunLength(CountDistribution.NegativeBinomial(5, 2.5), 7.5, 60);
        var actual = CountDistribution.NegativeBinomial(5, 2.5);

        Assert.True(poisson.AverageRunLength(actual) < 30, $"Poisson CUSUM ARL₀ on NB counts: {poisson.AverageRunLength(actual):0.0}");
        Assert.True(negativeBinomial.H > poisson.H);
    }

    [Fact]
    public void ADownwardCusum_SignalsAFallAndNotARise()
    {
        var cusum = CountCusum.ForInControlRunLength(6, 3, 60);
        int[] rising = [6, 7, 5, 6, 9, 10, 12, 11, 9, 10];
        int[] falling = [6, 7, 5, 6, 2, 1, 3, 2, 1, 2];

        Assert.False(cusum.Upward);
        Assert.Empty(cusum.Run(rising).Signals);
        Assert.All(cusum.Run(falling).Signals, t => Assert.True(t >= 4));
        Assert.NotEmpty(cusum.Run(falling).Signals);
        Assert.True(cusum.AverageRunLength(6) >= 60);
    }

    [Fact]
    public void RunStart_IsThePeriodAfterTheSumWasLastZero()
    {
        var cusum = CountCusum.ForInControlRunLength(2, 6, 60);
        int[] counts = [2, 0, 1, 5, 1, 6, 7, 8];

        var trace = cusum.Run(counts);
        var signal = trace.Signals[0];

        var start = trace.RunStart(signal);
        Assert.True(start == 0 || trace.Sums[start - 1] == 0);
        Assert.All(Enumerable.Range(start, signal - start + 1), t => Assert.True(trace.Sums[t] > 0));
    }

    [Theory]
    [InlineData(new[] { 4, 5, 3, 4, 6, 4, 5, 3 }, true)]
    [InlineData(new[] { 0, 12, 1, 0, 15, 2, 0, 9 }, false)]
    public void FitTo_ChoosesNegativeBinomialOnlyForOverdispersedBaselines(int[] counts, bool poisson)
    {
        var model = CountDistribution.FitTo(counts);

        Assert.Equal(poisson, model.IsPoisson);
        Assert.Equal(counts.Average(), model.Mean, 10);
    }

    private static List<int> SimulatedRunLengths(CountCusum cusum, CountDistribution actual, Random random, int runs)
    {
        var lengths = new List<int>(runs);
        for (var i = 0; i < runs; i++)
        {
            var counts = new List<int>();
            do
            {
                counts.Add(actual.Sample(random));
            }
            while (cusum.Run(counts).Signals.Count == 0);
            lengths.Add(counts.Count);
        }

        return lengths;
    }
}
