namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// One attack as the family's tests see it: which watched series of attacks count it (bit i for
/// series i), and ids of its province, its country when outside the home country, and its target
/// category as the detectors count it; −1 where there is none.
/// </summary>
public readonly record struct Mark(int Series, int Province, int Abroad, int Category);
