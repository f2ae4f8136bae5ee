using System.Globalization;

namespace Calibration;

/// <summary>A measured proportion with its Wilson 95 % interval, as the tables print it.</summary>
internal readonly record struct Share(int Hits, int Runs)
{
    public double Value => Runs == 0 ? double.NaN : (double)Hits / Runs;

    public (double Low, double High) Interval
    {
        get
        {
            const double z = 1.959964;
            var n = (double)Runs;
            var p = Value;
            var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
            var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n))) / (1 + (z * z / n));
            return (Math.Max(0, centre - half), Math.Min(1, centre + half));
        }
    }

    public override string ToString()
    {
        var (low, high) = Interval;
        return string.Create(CultureInfo.InvariantCulture, $"{Value * 100:0.0} ({low * 100:0.0}–{high * 100:0.0})");
    }
}
