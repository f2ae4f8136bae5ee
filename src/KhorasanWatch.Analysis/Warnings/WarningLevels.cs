namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// The one rule that turns a detector's evidence into a level. A rise is an <c>alert</c> when it is
/// both very unlikely by chance (p &lt; 0.001) and credibly at least a doubling (the interval's lower
/// bound ≥ 2); a <c>warning</c> when p &lt; 0.01 or a CUSUM tuned to a five-year false-alarm rate
/// fired; a <c>watch</c> when p &lt; 0.05. A CUSUM's p-value is for the span the CUSUM picked, not
/// adjusted for picking it, so a CUSUM alone never makes an <c>alert</c>. A simulated p-value
/// ((k + 1)/(R + 1) from R replicates) can never be below 1/(R + 1), which with 999 replicates is
/// the alert threshold itself; so for a simulated p each threshold is inclusive (p ≤ 0.001: no
/// replicate was as extreme). A fall is at most <c>watch</c>: it matters to the assessment but is
/// not a warning of resurgence. A shift in the target mix follows the p-value rules without
/// <c>alert</c>; new places have fixed levels (<see cref="PlaceDetector"/>).
/// </summary>
public static class WarningLevels
{
    public const double WatchP = 0.05;
    public const double WarningP = 0.01;
    public const double AlertP = 0.001;
    public const double AlertLowerBound = 2;

    public static WarningLevel For(Direction direction, double? p, double? low, bool cusumSignalled = false, bool simulatedP = false)
    {
        bool Below(double threshold) => simulatedP ? p <= threshold : p < threshold;
        var level = cusumSignalled || Below(WarningP) ? WarningLevel.Warning
            : Below(WatchP) ? WarningLevel.Watch
            : WarningLevel.None;
        return direction switch
        {
            Direction.Up when !cusumSignalled && Below(AlertP) && low >= AlertLowerBound => WarningLevel.Alert,
            Direction.Down when level > WarningLevel.Watch => WarningLevel.Watch,
            _ => level,
        };
    }
}
