using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Forecasting;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Tests.Indicators;
using KhorasanWatch.Analysis.Warnings;
using MathNet.Numerics.Distributions;

namespace KhorasanWatch.Analysis.Tests.Memo;

/// <summary>
/// A result taken from a memo is the result computed: found only for the very same inputs, never
/// for a window or a history that differs by one event, and recomputed when its bytes are damaged.
/// </summary>
public sealed class ResultMemoTests
{
    private static readonly DateOnly Coverage = new(2018, 1, 1);
    private static readonly DateOnly AsOf = new(2021, 6, 30);

    /// <summary>Attacks at Poisson(2) a month from January 2018, with a few uncertain ones so both ends of attribution run.</summary>
    private static List<ConflictEvent> Attacks(int seed)
    {
        var random = new Random(seed);
        var events = new List<ConflictEvent>();
        for (var m = 0; m < 42; m++)
        {
            var first = Coverage.AddMonths(m);
            for (var i = Poisson.Sample(random, 2); i > 0; i--)
            {
                var day = first.AddDays(random.Next(28)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                var attack = TestEvents.Attack(day);
                events.Add(random.Next(10) == 0 ? attack with { Attribution = Attribution.Uncertain } : attack);
            }
        }

        return events;
    }

    private static WarningReport Detect(IEnumerable<ConflictEvent> events, Analysis.Memo.IResultMemo? memo) =>
        WarningDetector.Detect(events, AsOf, Coverage, Region.All, IndicatorRules.Iskp, new WarningOptions(), memo);

    /// <summary>Every figure a reader is shown, as text: two reports alike here say the same.</summary>
    private static string Said(WarningReport r) =>
        string.Join("\n", [
            $"{r.Level} {r.Tests} {r.AttributionHigh}",
            $"{r.Chance.HeadlineWatch} {r.Chance.HeadlineWarning} {r.Chance.HeadlineAlert} {r.Chance.PValueWatches} {r.Chance.Replicates}",
            .. r.Warnings.Concat(r.Declines).Select(w => $"{w.Indicator} {w.Detector} {w.Level} {w.CalibratedP} {w.FamilyP} {w.Statement}"),
        ]);

    [Fact]
    public void ASecondRun_TakesBothEndsCalibrationsFromTheMemo_AndSaysTheSame()
    {
        var events = Attacks(3);
        Assert.Contains(events, e => e.Attribution == Attribution.Uncertain);
        var memo = new CountingMemo();

        var first = Detect(events, memo);
        Assert.Equal(2, memo.Entries.Count); // the certain end and the end with the uncertain events
        Assert.Equal(0, memo.Found);

        var again = Detect(events, memo);

        Assert.Equal(2, memo.Found);
        Assert.Equal(Said(Detect(events, memo: null)), Said(again));
        Assert.Equal(Said(first), Said(again));
    }

    [Fact]
    public void OneMoreAttack_IsAnotherQuestion_NotFoundInTheMemo()
    {
        var events = Attacks(4);
        var memo = new CountingMemo();
        Detect(events, memo);

        List<ConflictEvent> more = [.. events, TestEvents.Attack("2021-06-20")];
        var report = Detect(more, memo);

        Assert.Equal(0, memo.Found);
        Assert.Equal(4, memo.Entries.Count);
        Assert.Equal(Said(Detect(more, memo: null)), Said(report));
    }

    [Fact]
    public void DamagedBytes_AreComputedAgain_NeverRead()
    {
        var events = Attacks(5);
        var memo = new CountingMemo();
        var expected = Said(Detect(events, memo));
        foreach (var digest in memo.Entries.Keys.ToList())
        {
            memo.Entries[digest] = memo.Entries[digest][..^3]; // cut short
        }

        Assert.Equal(expected, Said(Detect(events, memo)));
        Assert.Equal(2, memo.Found); // found, refused as damaged, computed again
    }

    [Fact]
    public void ABacktestFromTheMemo_ScoresAndChoosesAsComputed_AndAnotherHistoryIsNotFound()
    {
        var random = new Random(7);
        var counts = Enumerable.Range(0, 60).Select(_ => Poisson.Sample(random, 1.5)).ToArray();
        var question = new ForecastQuestion("any", "at least one attack", _ => true, Counts: true);
        var grid = MonthlySeries.Ending(new DateOnly(2019, 12, 31), new DateOnly(2015, 1, 1));
        var memo = new CountingMemo();

        var computed = Backtest.Run([(question, counts)], grid, 3, memo: memo);
        var found = Backtest.Run([(question, counts)], grid, 3, memo: memo);

        Assert.Equal(1, memo.Found);
        Assert.Equal(Scored(computed), Scored(found));
        Assert.Equal(Scored(Backtest.Run([(question, counts)], grid, 3)), Scored(found));

        int[] changed = [.. counts[..^1], counts[^1] + 1];
        Assert.Equal(Scored(Backtest.Run([(question, changed)], grid, 3)), Scored(Backtest.Run([(question, changed)], grid, 3, memo: memo)));
        Assert.Equal(1, memo.Found);
        Assert.Equal(2, memo.Entries.Count);
    }

    private static string Scored(BacktestResult r) => string.Join("\n", r.Questions.SelectMany(q =>
        q.Models.Select(m => $"{q.Kind} {m.Model.Id} {m.Score} {m.LogScore} {m.Coverage50} {m.Coverage90} " +
            string.Join(",", m.Skills.Select(s => $"{s.Value}/{s.Low}/{s.High}")) + " " + string.Join(",", m.Forecasts.Select(f => f.Forecast)))
        .Append($"{q.Kind} chose {q.Choice.Model}: {q.Choice.Reason}")));
}
