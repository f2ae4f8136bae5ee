namespace Detection;

/// <summary>
/// How often counts are taken, and the bench's clock in those periods: the naive rule's trailing
/// window is one year, the change comes at <see cref="ChangeAt"/> (two years in, so the naive
/// window and the running CUSUM both have in-control history), and a change not seen within
/// <see cref="Horizon"/> periods (five years) counts as missed.
/// </summary>
internal sealed record Cadence(string Name, int PeriodsPerYear)
{
    public static readonly Cadence Monthly = new("monthly", 12);

    public static readonly Cadence Weekly = new("weekly", 52);

    /// <summary>The in-control run length the CUSUM is designed for: five years.</summary>
    public double FiveYears => 5.0 * PeriodsPerYear;

    public int Window => PeriodsPerYear;

    public int ChangeAt => 2 * PeriodsPerYear;

    public int Horizon => 5 * PeriodsPerYear;
}
