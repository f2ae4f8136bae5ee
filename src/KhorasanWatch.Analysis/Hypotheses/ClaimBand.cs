using System.Globalization;

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
        (null, { } b) => $"below {N(b)}",
        ({ } f, null) => $"{N(f)} or more",
        ({ } f, { } b) => $"{N(f)} to {N(b)}",
        _ => "any figure",
    };

    private static string N(double x) => x.ToString("#,0.##", CultureInfo.InvariantCulture);
}
