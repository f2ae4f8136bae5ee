namespace Calibration;

/// <summary>What changes at the end of a simulated history, if anything.</summary>
internal enum Change
{
    None,
    DoubleLast3Months,
    DoubleLast6Months,
    NewCountry,
    TargetShift,
}

/// <summary>
/// One simulated truth: ISKP attacks in Afghanistan per month with mean <see cref="Mean"/> and
/// variance <see cref="VarianceRatio"/>× the mean (1: Poisson; above: negative binomial), the state's
/// operations against ISKP at a third of that, a fixed mix of targets and provinces (or, with
/// <see cref="RarePlaces"/>, ten rare provinces and a few attacks in Pakistan and Tajikistan), up
/// to <see cref="AsOf"/>, with <see cref="Change"/> at the end.
/// </summary>
internal sealed record Scenario(string Name, double Mean, double VarianceRatio, DateOnly AsOf, Change Change = Change.None, bool RarePlaces = false, bool Key = false)
{
    public bool IsNull => Change == Change.None;

    /// <summary>The months the change lasts, ending with the as-of month.</summary>
    public int ChangeMonths => Change switch
    {
        Change.DoubleLast3Months or Change.NewCountry or Change.TargetShift => 3,
        Change.DoubleLast6Months => 6,
        _ => 0,
    };

    /// <summary>The first day of the history: five years before the as-of month, enough for the 36-month window and Farrington's three years back.</summary>
    public DateOnly Start => new DateOnly(AsOf.Year, AsOf.Month, 1).AddYears(-5);

    public DateOnly ChangeStart => new DateOnly(AsOf.Year, AsOf.Month, 1).AddMonths(1 - ChangeMonths);
}
