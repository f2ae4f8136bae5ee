using KhorasanWatch.Analysis.Statistics;

namespace Detection;

/// <summary>
/// Measures the scenarios of one baseline. One long in-control series (<paramref name="inControlYears"/>
/// years) gives every false-alarm rate and calibrates the naive rule; each change is simulated
/// <paramref name="changes"/> times per rule.
/// </summary>
internal sealed class Study(int changes, int inControlYears)
{
    public IEnumerable<ScenarioResult> Run(Cadence cadence, CountDistribution baseline, IReadOnlyList<double> ratios, int seed)
    {
        var inControl = Simulation.Series(baseline, inControlYears * cadence.PeriodsPerYear, new Random(seed));
        for (var i = 0; i < ratios.Count; i++)
        {
            yield return Measure(new Scenario(cadence, baseline, ratios[i]), inControl, new Random((seed * 100) + i + 1));
        }
    }

    private ScenarioResult Measure(Scenario scenario, int[] inControl, Random random)
    {
        var cadence = scenario.Cadence;
        var changedMean = scenario.Changed.Mean;
        var cusum = MeasureCusum(CountCusum.ForInControlRunLength(scenario.Baseline, changedMean, cadence.FiveYears), scenario, inControl, random);
        var information = CountDistribution.Information(scenario.Changed, scenario.Baseline);
        var (steady, leftOut) = Simulation.CusumDelays(cusum.Cusum, scenario, cadence.ChangeAt, changes, random);

        var naive = MeasureNaive(new NaiveRule(2, cadence.Window), scenario, inControl, random);
        var naiveRunLength = cadence.PeriodsPerYear / naive.AlarmsPerYear;
        var cusumAtNaiveRate = double.IsFinite(naiveRunLength) && naiveRunLength > 1
            ? MeasureCusum(CountCusum.ForInControlRunLength(scenario.Baseline, changedMean, naiveRunLength), scenario, inControl, random)
            : null;
        var cusumRate = 1 / cusum.InControlRunLength;
        var naiveAtCusumRate = MeasureNaive(NaiveRule.ForAlarmRate(inControl, cadence.Window, cusumRate), scenario, inControl, random);
        var poissonCusum = scenario.Baseline.IsPoisson
            ? null
            : MeasureCusum(CountCusum.ForInControlRunLength(scenario.Baseline.Mean, changedMean, cadence.FiveYears), scenario, inControl, random);

        return new ScenarioResult(
            scenario,
            cusum,
            cusum.Cusum.AverageRunLength(scenario.Changed),
            information,
            Math.Log(cadence.FiveYears) / information,
            Estimate.Of(steady),
            (double)leftOut / (leftOut + changes),
            naive,
            cusumAtNaiveRate,
            naiveAtCusumRate,
            poissonCusum);
    }

    private CusumRun MeasureCusum(CountCusum cusum, Scenario scenario, int[] inControl, Random random)
    {
        var years = (double)inControl.Length / scenario.Cadence.PeriodsPerYear;
        return new CusumRun(
            cusum,
            cusum.AverageRunLength(scenario.Baseline),
            cusum.Run(inControl).Signals.Count / years,
            Estimate.Of(Simulation.CusumDelays(cusum, scenario, 0, changes, random).Delays));
    }

    private NaiveRun MeasureNaive(NaiveRule rule, Scenario scenario, int[] inControl, Random random)
    {
        var years = (double)(inControl.Length - rule.Window) / scenario.Cadence.PeriodsPerYear;
        return new NaiveRun(rule, rule.CountAlarms(inControl) / years, Estimate.Of(Simulation.NaiveDelays(rule, scenario, changes, random)));
    }
}
