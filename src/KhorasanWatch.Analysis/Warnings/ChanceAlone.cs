using System.Globalization;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// What chance alone would raise, measured for this store: the share of replicate windows drawn with
/// nothing changed from its own window (its totals, dispersion and mixes; <see cref="Family.NullModel"/>)
/// whose headline reached <c>watch</c>, <c>warning</c> and <c>alert</c> under the same rules as the
/// store's. By construction these are at most 18 %, 4.5 % and 0.45 % (less where counts are too few to
/// reach them). The older figures stay: the expected number of upward CUSUMs at <c>warning</c>, of
/// other tests of rises at <c>watch</c>, and of tests of falls at <c>watch</c>, now also measured on
/// the replicates.
/// </summary>
public sealed record ChanceAlone(
    int MonitoredPeriods, int UpwardCusums, double UpwardCusumSignals, int DownwardCusums, double DownwardCusumSignals, int PValueTests)
{
    public static ChanceAlone None(int monitoredPeriods) => new(monitoredPeriods, 0, 0, 0, 0, 0);

    /// <summary>The expected number of the other tests of rises (not CUSUMs) at <c>watch</c> or above when nothing changed.</summary>
    public double PValueWatches { get; init; }

    /// <summary>Replicate windows the rates were measured on; 0 when no test ran.</summary>
    public int Replicates { get; init; }

    public double HeadlineWatch { get; init; }

    public double HeadlineWarning { get; init; }

    public double HeadlineAlert { get; init; }

    /// <summary>The sentence a report prints under its level.</summary>
    public string Describe()
    {
        if (Replicates == 0)
        {
            return "No test ran, so chance alone could raise nothing.";
        }

        return $"With nothing changed, at this store's own rates, clustering and mixes, the headline would reach 'watch' in {P(HeadlineWatch)}, " +
               $"'warning' in {P(HeadlineWarning)} and 'alert' in {P(HeadlineAlert)} of runs " +
               $"(measured on {Replicates.ToString("N0", CultureInfo.InvariantCulture)} windows simulated with nothing changed from the window's own totals, clustering and mix; " +
               $"the levels hold every test together to at most 20 %, 5 % and 0.5 %). Falls are tested apart and never raise the headline.";
    }

    private static string P(double x) => x < 0.001 ? "under 0.1 %" : $"{(x * 100).ToString(x < 0.01 ? "0.0#" : "0.#", CultureInfo.InvariantCulture)} %";
}
