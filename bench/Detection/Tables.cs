using System.Globalization;

namespace Detection;

/// <summary>The markdown tables the bench prints, one row per scenario.</summary>
internal static class Tables
{
    public static void Optimum(TextWriter output, IReadOnlyList<ScenarioResult> results) =>
        Write(output, "k | h | ARL0 exact | alarms/yr | KL | optimum | CUSUM delay | ARL1 exact | ratio | within 20 % | running delay", results, r =>
        [
            F(r.Cusum.Cusum.K, "0.00"),
            F(r.Cusum.Cusum.H, "0.00"),
            F(r.Cusum.InControlRunLength, "0.0"),
            F(r.Cusum.AlarmsPerYear, "0.000"),
            F(r.Information, "0.000"),
            F(r.Optimum, "0.00"),
            r.Cusum.Delay.WithInterval,
            F(r.OutOfControlRunLength, "0.00"),
            F(r.RatioToOptimum, "0.00"),
            AgainstOptimum(r.RatioToOptimum),
            $"{r.SteadyState.WithInterval} ({F(100 * r.SteadyStateLeftOut, "0")} % out)",
        ]);

    public static void Naive(TextWriter output, IReadOnlyList<ScenarioResult> results) =>
        Write(output, "naive 2×: alarms/yr | delay (seen) | CUSUM at that rate: alarms/yr | delay | speed-up | naive m at CUSUM rate | alarms/yr | delay (seen) | CUSUM 5-yr delay | speed-up | ≥ 2× at 5-yr rate", results, r =>
        [
            F(r.Naive.AlarmsPerYear, "0.000"),
            Seen(r.Naive.Delay),
            r.CusumAtNaiveRate is { } a ? F(a.AlarmsPerYear, "0.000") : "—",
            r.CusumAtNaiveRate is { } b ? b.Delay.WithInterval : "—",
            r.CusumAtNaiveRate is { } c ? SpeedUp(r.Naive.Delay, c.Delay) : "—",
            F(r.NaiveAtCusumRate.Rule.Multiplier, "0.00"),
            F(r.NaiveAtCusumRate.AlarmsPerYear, "0.000"),
            Seen(r.NaiveAtCusumRate.Delay),
            r.Cusum.Delay.WithInterval,
            SpeedUp(r.NaiveAtCusumRate.Delay, r.Cusum.Delay),
            r.SpeedUpAtCusumRate >= 2 ? "yes" : "**no**",
        ]);

    /// <summary>The over-dispersed scenarios only: the Poisson-designed CUSUM next to the negative-binomial one.</summary>
    public static void Misspecified(TextWriter output, IReadOnlyList<ScenarioResult> results) =>
        Write(output, "Poisson CUSUM h | its ARL0 on NB data | alarms/yr | delay | NB CUSUM h | ARL0 | alarms/yr | delay", results, r => r.PoissonCusum is not { } p ? null :
        [
            F(p.Cusum.H, "0.00"),
            F(p.InControlRunLength, "0.0"),
            F(p.AlarmsPerYear, "0.00"),
            p.Delay.WithInterval,
            F(r.Cusum.Cusum.H, "0.00"),
            F(r.Cusum.InControlRunLength, "0.0"),
            F(r.Cusum.AlarmsPerYear, "0.00"),
            r.Cusum.Delay.WithInterval,
        ]);

    /// <summary>A table with the scenario in the first column and the other columns right-aligned; a null row is left out.</summary>
    private static void Write(TextWriter output, string headers, IReadOnlyList<ScenarioResult> results, Func<ScenarioResult, string[]?> cells)
    {
        var columns = headers.Split(" | ").Length;
        output.WriteLine($"| scenario | {headers} |");
        output.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", columns)));
        foreach (var r in results)
        {
            if (cells(r) is { } row)
            {
                output.WriteLine($"| {r.Scenario.Label} | {string.Join(" | ", row)} |");
            }
        }
    }

    /// <summary>"yes" within 20 % of the optimum either way; otherwise whether the CUSUM was faster or slower than it.</summary>
    private static string AgainstOptimum(double ratio) => ratio switch
    {
        < 0.8 => "no: faster",
        > 1.2 => "**no: slower**",
        _ => "yes",
    };

    private static string Seen(Estimate delay) => $"{delay.Bound}{F(delay.Mean, "0.00")} ({F(100 * delay.DetectedFraction, "0.0")} %)";

    /// <summary>
    /// Naive delay / CUSUM delay. Missed changes make a mean a lower bound: on the naive side the
    /// ratio is then a lower bound ("≥"); on the CUSUM side it is only approximate ("≈").
    /// </summary>
    private static string SpeedUp(Estimate naive, Estimate cusum)
    {
        var bound = cusum.Missed > 0 ? "≈" : naive.Bound;
        return $"{bound}{F(naive.Mean / cusum.Mean, "0.0")}×";
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
