namespace KhorasanWatch.Analysis.Warnings;

/// <summary>Which way an indicator moved: a rise, a fall, a changed mix, or somewhere new.</summary>
public enum Direction
{
    Up,
    Down,
    Shift,
    New,
}
