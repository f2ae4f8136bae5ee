using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// Upper and lower CUSUMs over the monitored periods, in control at the baseline's rate and
/// dispersion (negative binomial when the baseline is over-dispersed), designed for a change of
/// <see cref="WarningOptions.DesignRatio"/>, with a threshold set from the stated false-alarm rate.
/// The latest signal in the monitored periods becomes a warning; its size is the rate of the run
/// that ended in the signal against the baseline, a span the CUSUM chose, so its p-value is not
/// adjusted for the choice and cannot raise an <c>alert</c> (<see cref="WarningLevels.For"/>).
/// The false-alarm rates are nominal: the run-length chain takes the baseline's rate as the truth.
/// </summary>
internal static class CusumDetector
{
    public static void Run(SeriesCounts series, WarningOptions options, Findings findings)
    {
        var baseline = series.BaselineCounts;
        var mean = baseline.Average();
        var model = CountDistribution.Poisson(Math.Max(mean, 0.5 / baseline.Length));
        if (mean == 0)
        {
            findings.Notes.Add($"{series.Series.Id}: no {series.Series.Plural} in the baseline; the CUSUM takes half an event per baseline as its in-control rate.");
        }
        else
        {
            model = CountDistribution.FitTo(baseline);
        }

        var runLength = options.InControlYears * options.PeriodsPerYear;
        Test(series, CountCusum.ForInControlRunLength(model, model.Mean * options.DesignRatio, runLength), options, findings);
        if (mean >= 1)
        {
            Test(series, CountCusum.ForInControlRunLength(model, model.Mean / options.DesignRatio, runLength), options, findings);
        }
        else
        {
            findings.Notes.Add($"{series.Series.Id}: fewer than one {series.Series.Singular} a {Wording.Unit(options.Cadence)} in the baseline; a fall cannot be detected.");
        }
    }

    private static void Test(SeriesCounts series, CountCusum cusum, WarningOptions options, Findings findings)
    {
        var falseSignal = cusum.InControlChanceOfSignalWithin(series.MonitoredCounts.Length);
        findings.TestedCusum(Signal(series, cusum, falseSignal, options), cusum.Upward, falseSignal);
    }

    private static Warning? Signal(SeriesCounts series, CountCusum cusum, double falseSignal, WarningOptions options)
    {
        var trace = cusum.Run(series.MonitoredCounts);
        if (trace.Signals.Count == 0)
        {
            return null;
        }

        var offset = series.Window.BaselineCount;
        var signal = trace.Signals[^1];
        var first = offset + trace.RunStart(signal);
        var last = offset + signal;
        var periods = series.Window.Periods;
        var inRun = series.Counts[first..(last + 1)].Sum();
        var size = RateRatio.Compare(inRun, last - first + 1, series.BaselineCounts.Sum(), offset);
        var direction = cusum.Upward ? Direction.Up : Direction.Down;
        var model = cusum.InControl.IsPoisson ? "Poisson" : "negative-binomial";
        var statement =
            $"{Wording.Capitalised(series.Series.Plural)} {Wording.Verb(direction)}: {series.Series.Of(inRun)} in {Wording.Span(periods[first], periods[last])} " +
            $"against {Wording.Rate(size.BaselineRate, options.Cadence)} in {Wording.Span(periods[0], periods[offset - 1])}; {size.Describe()}. " +
            $"A {model} CUSUM set to at most one false alarm in {options.InControlYears:0.#} years " +
            $"(exactly one in {cusum.InControlRunLength / options.PeriodsPerYear:0.#}, and a chance of {falseSignal:P0} of one within the {series.MonitoredCounts.Length} monitored {Wording.Unit(options.Cadence)}s, " +
            $"if the baseline's rate is the true rate) signalled in {periods[last].Words}. " +
            "The ratio, interval and p are for the span the CUSUM picked, not adjusted for choosing it, so they cannot raise an alert.";
        return new Warning(
            series.Series.Id, "cusum", direction, WarningLevels.For(direction, size.P, size.Low, cusumSignalled: true),
            size.Ratio, size.Low, size.High, size.P, periods[last].End, new Period(PeriodKind.Window, periods[first].Start, periods[last].End),
            statement, series.IdsBetween(first, last));
    }
}
