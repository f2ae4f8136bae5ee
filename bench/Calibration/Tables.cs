using System.Globalization;

namespace Calibration;

/// <summary>The bench's markdown tables: false alarms on the null scenarios, power and delay on the changes, each beside the oracle and Farrington.</summary>
internal static class Tables
{
    private const int Monitored = 12;

    public static void Print(List<Scenario> nulls, List<Scenario> changes, Dictionary<Scenario, RunOutcome[]> results, int seed)
    {
        var farringtonNull = new Dictionary<Scenario, double[]>();
        Console.WriteLine("### With nothing changed: how often the headline speaks (%, Wilson 95 % interval)");
        Console.WriteLine();
        Console.WriteLine("| scenario | stores | ≥ watch | ≥ warning | alert | stated watch / warning / alert | stated ÷ measured (warning) | Farrington, any alarm in 12 months |");
        Console.WriteLine("|---|---:|---|---|---|---|---:|---|");
        foreach (var s in nulls)
        {
            var r = results[s];
            var warning = Count(r, "warning", "alert");
            var stated = r.Average(o => o.StatedWarning);
            farringtonNull[s] = r.Select(o => Score(o.Attacks, Monitored)).ToArray();
            var native = new Share(r.Count(o => Enumerable.Range(o.Attacks.Length - Monitored, Monitored).Any(t => Farrington.NativeAlarm(o.Attacks, t))), r.Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Name} | {r.Length} | {Count(r, "watch", "warning", "alert")} | {warning} | {Count(r, "alert")} | " +
                $"{r.Average(o => o.StatedWatch) * 100:0.0} / {stated * 100:0.0} / {r.Average(o => o.StatedAlert) * 100:0.00} | {Ratio(stated, warning.Value)} | {native} |"));
        }

        Console.WriteLine();
        Console.WriteLine("### With a change: how often and how soon the headline reaches `warning`");
        Console.WriteLine();
        Console.WriteLine("| scenario | stores | ≥ watch | ≥ warning | alert | oracle | ours ÷ oracle | scan oracle | ours ÷ scan oracle | median delay (months) | Farrington at our false-alarm rate | its median delay |");
        Console.WriteLine("|---|---:|---|---|---|---:|---:|---:|---:|---:|---|---:|");
        foreach (var s in changes)
        {
            var r = results[s];
            var matched = nulls.First(n => n.Mean == s.Mean && n.VarianceRatio == s.VarianceRatio && n.AsOf == s.AsOf && !n.RarePlaces);
            var warning = Count(r, "warning", "alert");
            var doubling = s.Change is Change.DoubleLast3Months or Change.DoubleLast6Months;
            var oracle = doubling ? OraclePower(s, r) : double.NaN;
            var scan = doubling ? ScanOraclePower(s, r) : double.NaN;
            var falseAlarm = Count(results[matched], "warning", "alert").Value;
            var sortedNull = farringtonNull[matched].Order().ToArray();
            var threshold = sortedNull[Math.Clamp((int)Math.Ceiling((1 - falseAlarm) * sortedNull.Length) - 1, 0, sortedNull.Length - 1)];
            var farrington = new Share(r.Count(o => Score(o.Attacks, Monitored) > threshold), r.Length);
            var farringtonDelays = r.Select(o => FirstAbove(o.Attacks, s.ChangeMonths, threshold)).OfType<int>().ToList();
            var delays = r.Select(o => o.DetectedInMonth).OfType<int>().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Name} | {r.Length} | {Count(r, "watch", "warning", "alert")} | {warning} | {Count(r, "alert")} | " +
                $"{(double.IsNaN(oracle) ? "—" : $"{oracle * 100:0.0}")} | {(double.IsNaN(oracle) ? "—" : Ratio(warning.Value, oracle))} | " +
                $"{(double.IsNaN(scan) ? "—" : $"{scan * 100:0.0}")} | {(double.IsNaN(scan) ? "—" : Ratio(warning.Value, scan))} | {Median(delays)} | {farrington} | {Median(farringtonDelays)} |"));
        }
    }

    private static double OraclePower(Scenario s, RunOutcome[] r)
    {
        return r.Count(o => Oracle.Detects(o.Attacks, s.ChangeMonths, s.Mean, s.VarianceRatio)) / (double)r.Length;
    }

    private static double ScanOraclePower(Scenario s, RunOutcome[] r)
    {
        var threshold = Oracle.ScanThreshold(s.Mean, s.VarianceRatio, 20_000);
        return r.Count(o => Oracle.ScanP(o.Attacks, s.Mean, s.VarianceRatio) < threshold) / (double)r.Length;
    }

    /// <summary>Farrington's strongest evidence over the last months: the largest −ln P(Y ≥ y).</summary>
    private static double Score(int[] attacks, int months) =>
        Enumerable.Range(attacks.Length - months, months).Max(t => -Math.Log(Math.Max(Farrington.UpperP(attacks, t), 1e-300)));

    private static int? FirstAbove(int[] attacks, int changeMonths, double threshold)
    {
        for (var m = 1; m <= changeMonths; m++)
        {
            var t = attacks.Length - changeMonths + m - 1;
            if (-Math.Log(Math.Max(Farrington.UpperP(attacks, t), 1e-300)) > threshold)
            {
                return m;
            }
        }

        return null;
    }

    private static Share Count(RunOutcome[] r, params string[] levels) => new(r.Count(o => levels.Contains(o.Level)), r.Length);

    private static string Ratio(double a, double b) => b > 0 ? (a / b).ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static string Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return "—";
        }

        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return median.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
