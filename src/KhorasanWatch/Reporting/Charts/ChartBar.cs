namespace KhorasanWatch.Reporting.Charts;

/// <summary>One category's bar: its label ("Shia/Hazara") and its count, never negative.</summary>
public sealed record ChartBar
{
    public ChartBar(string label, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Label = label;
        Value = value;
    }

    public string Label { get; }

    public int Value { get; }
}
