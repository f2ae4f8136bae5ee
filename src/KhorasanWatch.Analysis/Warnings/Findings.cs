namespace KhorasanWatch.Analysis.Warnings;

/// <summary>
/// What the detectors found so far: warnings above <c>none</c>, how many tests ran, by kind (CUSUMs
/// with their in-control chance of a signal in the monitored periods, and p-value tests), and notes
/// on those that could not.
/// </summary>
internal sealed class Findings(int monitoredPeriods)
{
    public List<Warning> Warnings { get; } = [];

    public List<string> Notes { get; } = [];

    public int Tests { get; private set; }

    public ChanceAlone Chance { get; private set; } = ChanceAlone.None(monitoredPeriods);

    /// <summary>Counts one p-value test and keeps its warning if it has a level.</summary>
    public void Tested(Warning? warning)
    {
        Chance = Chance with { PValueTests = Chance.PValueTests + 1 };
        Keep(warning);
    }

    /// <summary>Counts one CUSUM, whose chance of a false signal in the monitored periods is <paramref name="falseSignal"/>, and keeps its warning.</summary>
    public void TestedCusum(Warning? warning, bool upward, double falseSignal)
    {
        Chance = upward
            ? Chance with { UpwardCusums = Chance.UpwardCusums + 1, UpwardCusumSignals = Chance.UpwardCusumSignals + falseSignal }
            : Chance with { DownwardCusums = Chance.DownwardCusums + 1, DownwardCusumSignals = Chance.DownwardCusumSignals + falseSignal };
        Keep(warning);
    }

    private void Keep(Warning? warning)
    {
        Tests++;
        if (warning is { Level: > WarningLevel.None })
        {
            Warnings.Add(warning);
        }
    }
}
