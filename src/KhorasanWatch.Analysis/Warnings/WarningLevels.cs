namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// The one rule that turns a detector's evidence into a level. A rise is an <c>alert</c> when it is
/// both very unlikely by chance (p &lt; 0.001) and credibly at least a doubling (the interval's lower
/// bound ≥ 2); a <c>warning</c> when p &lt; 0.01 or a CUSUM tuned to a five-year false-alarm rate
/// fired; a <c>watch</c> when p &lt; 0.05. A fall is at most <c>watch</c>: it matters to the
/// assessment but is not a warning of resurgence. A shift in the target mix follows the p-value
/// rules without <c>alert</c>; new places have fixed levels (<see cref="PlaceDetector"/>).
/// </summary>
public static class WarningLevels
{
    public const double WatchP = 0.05;
    public const double WarningP = 0.01;
    public const double AlertP = 0.001;
    public const double AlertLowerBound = 2;

    public static WarningLevel For(Direction direction, double? p, double? low, bool cusumSignalled = false)
    {
        var level = cusumSignalled || p < WarningP ? WarningLevel.Warning
            : p < WatchP ? WarningLevel.Watch
            : WarningLevel.None;
        return direction switch
        {
            Direction.Up when p < AlertP && low >= AlertLowerBound => WarningLevel.Alert,
            Direction.Down when level > WarningLevel.Watch => WarningLevel.Watch,
            _ => level,
        };
    }
}
