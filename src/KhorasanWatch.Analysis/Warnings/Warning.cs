using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// One detector's finding: the indicator, the detector, which way it moved, how loud it is, the size
/// as a rate ratio with its interval where it has one, the p-value, the day the signal fired (the
/// last day of the period that tripped it), the window it describes, the sentence a report uses,
/// and the ids of the events that carry it.
/// </summary>
public sealed record Warning(
    string Indicator,
    string Detector,
    Direction Direction,
    WarningLevel Level,
    double? Ratio,
    double? Low,
    double? High,
    double? P,
    DateOnly Fired,
    Period Window,
    string Statement,
    IReadOnlyList<string> EventIds);
