using System.Globalization;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// What chance alone would raise, kept apart by kind of test because they fail differently. A CUSUM
/// signal is a <c>warning</c> (a fall's is a <c>watch</c>), and its chance of a false signal within
/// the <see cref="MonitoredPeriods"/> is exact from its run-length chain, summed here over the
/// CUSUMs; it is nominal, because the chain takes the baseline's rate as the true rate (a plug-in).
/// The other tests give p-values, of which about one in twenty reaches <c>watch</c> at p &lt; 0.05.
/// </summary>
public sealed record ChanceAlone(
    int MonitoredPeriods, int UpwardCusums, double UpwardCusumSignals, int DownwardCusums, double DownwardCusumSignals, int PValueTests)
{
    public static ChanceAlone None(int monitoredPeriods) => new(monitoredPeriods, 0, 0, 0, 0, 0);

    /// <summary>The expected number of p-value tests at p &lt; 0.05 when nothing changed.</summary>
    public double PValueWatches => PValueTests * WarningLevels.WatchP;

    /// <summary>The sentence a report prints under its level.</summary>
    public string Describe(WarningOptions options)
    {
        var unit = Wording.Unit(options.Cadence);
        var cusums = UpwardCusums + DownwardCusums == 0
            ? "No CUSUM ran"
            : $"By chance alone, within the {MonitoredPeriods} monitored {unit}s, about {N(UpwardCusumSignals)} of {UpwardCusums} upward CUSUMs " +
              "would signal (a false 'warning')" +
              (DownwardCusums > 0 ? $" and {N(DownwardCusumSignals)} of {DownwardCusums} downward ones (a 'watch')" : "") +
              $"; exact from each CUSUM's run-length chain, and nominal: it takes the {options.BaselinePeriods}-{unit} baseline rate as the true rate";
        return $"{cusums}. Of {PValueTests} p-value tests, about {N(PValueWatches)} would reach 'watch' at p < 0.05 by chance alone.";
    }

    private static string N(double x) => x.ToString("0.0#", CultureInfo.InvariantCulture);
}
