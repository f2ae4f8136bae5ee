namespace KhorasanWatch.Analysis.Hypotheses;

public static class AchRatings
{
    /// <summary>Heuer's inconsistency count: I counts 1, II counts 2, everything else 0. Only inconsistency ranks hypotheses.</summary>
    public static int Inconsistency(this AchRating rating) => rating switch
    {
        AchRating.I => 1,
        AchRating.II => 2,
        _ => 0,
    };

    /// <summary>Consistency on one scale, for diagnosticity: CC 2, C 1, N 0, I −1, II −2; NA has none.</summary>
    public static int? Consistency(this AchRating rating) => rating switch
    {
        AchRating.CC => 2,
        AchRating.C => 1,
        AchRating.N => 0,
        AchRating.I => -1,
        AchRating.II => -2,
        _ => null,
    };

    public static bool TryParse(string? text, out AchRating rating) =>
        Formats.WireNames.TryRead(text, Formats.WireNames.Rating, out rating);
}
