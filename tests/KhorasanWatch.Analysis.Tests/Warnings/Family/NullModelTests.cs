using KhorasanWatch.Analysis.Warnings.Family;

namespace KhorasanWatch.Analysis.Tests.Warnings.Family;

public sealed class NullModelTests
{
    private static WindowData Window(int[] attacks, int[] other)
    {
        var id = 0;
        var marks = attacks.Select(n => Enumerable.Range(0, n).Select(_ => new Mark(1 | (id % 3 == 0 ? 2 : 0), id % 5, -1, id++ % 4)).ToArray()).ToArray();
        return new WindowData(marks, [other]);
    }

    [Fact]
    public void AReplicate_KeepsEachSeriesTotalAndTheWindowsMarks()
    {
        var random = new Random(3);
        var attacks = Enumerable.Range(0, 36).Select(_ => random.Next(0, 7)).ToArray();
        var other = Enumerable.Range(0, 36).Select(_ => random.Next(0, 3)).ToArray();
        var observed = Window(attacks, other);
        var model = NullModel.Fit(observed, 24);

        for (var r = 0; r < 20; r++)
        {
            var replicate = model.Simulate(random);

            Assert.Equal(36, replicate.Periods);
            Assert.Equal(attacks.Sum(), replicate.Attacks.Sum(a => a.Length));
            Assert.Equal(other.Sum(), replicate.OtherCounts[0].Sum());
            Assert.Equal(
                observed.Attacks.SelectMany(a => a).OrderBy(m => m.GetHashCode()),
                replicate.Attacks.SelectMany(a => a).OrderBy(m => m.GetHashCode()));
        }
    }

    [Fact]
    public void ClusteredBaselines_GiveClusteredReplicates()
    {
        // Months alternate quiet and busy: variance far above the mean.
        var clustered = Enumerable.Range(0, 36).Select(t => t % 2 == 0 ? 0 : 8).ToArray();
        var steady = Enumerable.Repeat(4, 36).ToArray();
        var random = new Random(1);

        double Dispersion(int[] counts)
        {
            var model = NullModel.Fit(Window(counts, new int[36]), 24);
            var ratios = Enumerable.Range(0, 200).Select(_ =>
            {
                var c = model.Simulate(random).Attacks.Select(a => (double)a.Length).ToArray();
                var m = c.Average();
                return c.Sum(x => (x - m) * (x - m)) / (c.Length - 1) / m;
            });
            return ratios.Average();
        }

        Assert.InRange(Dispersion(steady), 0.8, 1.2);
        Assert.True(Dispersion(clustered) > 3, "a clustered baseline is simulated as clustered");
    }
}
