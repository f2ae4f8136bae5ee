namespace KhorasanWatch.Analysis.Warnings;

/// <summary>What the detectors found so far: warnings above <c>none</c>, how many tests ran, and notes on those that could not.</summary>
internal sealed class Findings
{
    public List<Warning> Warnings { get; } = [];

    public List<string> Notes { get; } = [];

    public int Tests { get; private set; }

    /// <summary>Counts one test and keeps its warning if it has a level.</summary>
    public void Tested(Warning? warning)
    {
        Tests++;
        if (warning is { Level: > WarningLevel.None })
        {
            Warnings.Add(warning);
        }
    }
}
