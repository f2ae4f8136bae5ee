namespace KhorasanWatch.Analysis.Events;

/// <summary>
/// Deaths as the source reports them. ACLED gives one conservative number (best only); UCDP gives
/// best, low and high; GTD gives nkill. Values are kept as given, even when they break
/// low ≤ best ≤ high: <see cref="IsOrdered"/> says whether they do.
/// </summary>
public sealed record Fatalities(int? Best, int? Low, int? High)
{
    public static readonly Fatalities Unknown = new(null, null, null);

    public static Fatalities BestOnly(int? best) => new(best, null, null);

    public bool IsOrdered =>
        (Low is null || Best is null || Low <= Best) &&
        (Best is null || High is null || Best <= High) &&
        (Low is null || High is null || Low <= High);
}
