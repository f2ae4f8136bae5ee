using KhorasanWatch.Analysis.Estimates;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// A band of a claimed figure, from <see cref="From"/> (inclusive) to <see cref="Below"/>
/// (exclusive), either open, with the ratings a claim in it gets.
/// </summary>
public sealed record ClaimBand(double? From, double? Below, IReadOnlyDictionary<string, AchRating> Ratings)
{
    /// <summary>Whether the whole range lies inside the band.</summary>
    public bool Holds(double low, double high) =>
        (From is not { } f || low >= f) && (Below is not { } b || high < b);

    /// <summary>"below 1,500", "1,500 to 4,000", "4,000 or more".</summary>
    public string Label => (From, Below) switch
    {
        (null, { } b) => $"below {ClaimFigures.Number(b)}",
        ({ } f, null) => $"{ClaimFigures.Number(f)} or more",
        ({ } f, { } b) => $"{ClaimFigures.Number(f)} to {ClaimFigures.Number(b)}",
        _ => "any figure",
    };
}
