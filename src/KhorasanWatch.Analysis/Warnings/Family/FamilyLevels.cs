namespace KhorasanWatch.Analysis.Warnings.Family;

/// <summary>
/// The levels as family-wise rates: a test's family p-value is the chance that, with nothing
/// changed, some test of its family looks at least as extreme (each by its weight), so a headline
/// reaches a level by chance at most at that level's rate, whatever the number of tests. Each
/// threshold stands a tenth below the rate the level promises (20 %, 5 %, 0.5 %): the simulated
/// null estimates the clustering, and the calibration bench measured real false-alarm rates up to
/// 1.1 times the simulated ones (bench/README.md, "Calibration").
/// </summary>
public static class FamilyLevels
{
    /// <summary>With nothing changed, a run's headline reaches <c>watch</c> in at most one run in five.</summary>
    public const double Watch = 0.18;

    /// <summary>With nothing changed, a run's headline reaches <c>warning</c> in at most one run in twenty.</summary>
    public const double Warning = 0.045;

    /// <summary>With nothing changed, a run's headline reaches <c>alert</c> in at most one run in two hundred.</summary>
    public const double Alert = 0.0045;

    public static WarningLevel For(double familyP) =>
        familyP <= Alert ? WarningLevel.Alert
        : familyP <= Warning ? WarningLevel.Warning
        : familyP <= Watch ? WarningLevel.Watch
        : WarningLevel.None;
}
