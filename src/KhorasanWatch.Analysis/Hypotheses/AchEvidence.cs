using System.Globalization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// Links the matrix to the register and the data: a claim item reads as the claim's current version,
/// or, rated by subject, as the subject's latest independent claim as of the day in the band its
/// figure falls in; an indicator item as the current reading, rated as the analyst rated that
/// state, and N everywhere when the reading is no finding at the stated level. An item whose claim
/// or reading is missing, whose reading's state has no ratings, or whose claim's range spans
/// bands, is rated NA (or N) everywhere, so it cannot move the score, and says why.
/// </summary>
public static class AchEvidence
{
    public static IReadOnlyList<ResolvedEvidence> Resolve(
        AchMatrix matrix, IReadOnlyDictionary<string, Claim> claims, IReadOnlyDictionary<string, IndicatorReading> readings, DateOnly? asOf = null)
    {
        var none = matrix.Hypotheses.ToDictionary(h => h.Id, _ => AchRating.NA, StringComparer.Ordinal);
        var neutral = matrix.Hypotheses.ToDictionary(h => h.Id, _ => AchRating.N, StringComparer.Ordinal);
        return matrix.Items.Select(item => item.Kind switch
        {
            EvidenceKind.Claim when item.Subject is { } subject && item.RatingsByReading.Count > 0 => ByReading(item, subject, claims.Values, asOf, none),
            EvidenceKind.Claim when item.Subject is { } subject => BySubject(item, subject, claims.Values, asOf, none, neutral),
            EvidenceKind.Claim when item.Reference is { } id && claims.TryGetValue(id, out var claim) => ById(item, claim, asOf, none),
            EvidenceKind.Claim =>
                new ResolvedEvidence(item, $"Claim '{item.Reference}' is not in the register: import it for this item to count.", null, none, []),
            EvidenceKind.Indicator when item.Reference is { } id && readings.TryGetValue(id, out var reading) =>
                !reading.Significant
                    ? new ResolvedEvidence(item, $"{reading.Text} Not significant at the stated level: rated N for every hypothesis.", reading.State, neutral, reading.EventIds, reading.BaselineEventIds)
                    : item.RatingsByState.TryGetValue(reading.State, out var rated)
                    ? new ResolvedEvidence(item, reading.Text, reading.State, Complete(rated, none), reading.EventIds, reading.BaselineEventIds)
                    : new ResolvedEvidence(item, $"{reading.Text} The matrix gives no ratings for this reading, so the item does not count.", reading.State, none, reading.EventIds, reading.BaselineEventIds),
            EvidenceKind.Indicator =>
                new ResolvedEvidence(item, $"Indicator '{item.Reference}' has no reading.", null, none, []),
            _ => new ResolvedEvidence(item, item.Text, null, Complete(item.Ratings, none), []),
        }).ToList();
    }

    /// <summary>
    /// The latest independent claim of the subject known on the day: not a relay, with a figure in
    /// the item's unit, describing and reported no later than the day; the latest span it
    /// describes wins, then the latest report. Its whole range must fall in one band.
    /// </summary>
    private static ResolvedEvidence BySubject(
        EvidenceItem item, string subject, IEnumerable<Claim> claims, DateOnly? asOf, Dictionary<string, AchRating> none, Dictionary<string, AchRating> neutral)
    {
        var latest = Known(claims.Where(c => c.Subject == subject && c.Relays is null && c.Range is not null && (item.Unit is null || c.Unit == item.Unit)), asOf);
        if (latest is null)
        {
            return new ResolvedEvidence(item, $"The register holds no independent claim of '{subject}' with a figure{(item.Unit is null ? "" : $" in {item.Unit}")}: the item does not count.", null, none, []);
        }

        var (low, high) = latest.Range!.Value; // Filtered to claims with a range above.
        var figure = ClaimFigures.Spread(low, high);
        var age = asOf is { } on ? $", {Age(latest.RefersTo.End, on)}" : "";
        var reading = $"{latest.Statement} ({latest.Source.Title}; {latest.Grade}; describes {latest.RefersTo}{age}; {figure} {latest.Unit})";
        var bands = item.Bands.Where(b => b.Holds(low, high)).ToList();
        return bands.Count == 1
            ? AsOld(new ResolvedEvidence(item, $"{reading}: {bands[0].Label}.", bands[0].Label, Complete(bands[0].Ratings, none), []) { Claim = latest }, asOf)
            : new ResolvedEvidence(item, $"{reading}: the figure spans more than one band, so it is rated N for every hypothesis.", "spans bands", neutral, []) { Claim = latest };
    }

    /// <summary>
    /// The latest independent claim of the subject with a reading, known on the day (the same order
    /// as <see cref="BySubject"/>), rated as the matrix rates its word; a word the matrix does not
    /// rate counts for nothing, and says so.
    /// </summary>
    private static ResolvedEvidence ByReading(EvidenceItem item, string subject, IEnumerable<Claim> claims, DateOnly? asOf, Dictionary<string, AchRating> none)
    {
        var latest = Known(claims.Where(c => c.Subject == subject && c.Relays is null && c.Reading is not null), asOf);
        var rated = string.Join(", ", item.RatingsByReading.Keys.Order(StringComparer.Ordinal));
        if (latest is null)
        {
            return new ResolvedEvidence(item, $"The register holds no independent claim of '{subject}' with a reading ({rated}): the item does not count.", null, none, []);
        }

        var age = asOf is { } on ? $", {Age(latest.RefersTo.End, on)}" : "";
        var reading = $"{latest.Statement} ({latest.Source.Title}; {latest.Grade}; describes {latest.RefersTo}{age}; reads '{latest.Reading}')";
        return item.RatingsByReading.TryGetValue(latest.Reading!, out var ratings)
            ? AsOld(new ResolvedEvidence(item, $"{reading}.", latest.Reading, Complete(ratings, none), []) { Claim = latest }, asOf)
            : new ResolvedEvidence(item, $"{reading}: the matrix rates only {rated}, so the item does not count.", latest.Reading, none, []) { Claim = latest };
    }

    /// <summary>The latest of the claims known on the day: describing and reported no later than it; the latest span described wins, then the latest report, then the id.</summary>
    private static Claim? Known(IEnumerable<Claim> claims, DateOnly? asOf) => claims
        .Where(c => asOf is not { } day || (c.Reported.Start <= day && c.RefersTo.Start <= day))
        .OrderByDescending(c => c.RefersTo.End).ThenByDescending(c => c.Reported.End).ThenBy(c => c.Id, StringComparer.Ordinal)
        .FirstOrDefault();

    /// <summary>
    /// A claim named by id, as known on the day: one reported after it does not count yet (a matrix
    /// scored as of a past day reads only what was known then); otherwise its fixed ratings, at the
    /// weight <see cref="AsOld"/> gives its age.
    /// </summary>
    private static ResolvedEvidence ById(EvidenceItem item, Claim claim, DateOnly? asOf, Dictionary<string, AchRating> none)
    {
        var reading = $"{claim.Statement} ({claim.Source.Title}; {claim.Grade}; version {claim.Version}";
        if (asOf is { } day && claim.Reported.Start > day)
        {
            return new ResolvedEvidence(item, $"{reading}; reported {claim.Reported}): not yet reported on {Figures.Day(day)}, so the item does not count.", null, none, []) { Claim = claim };
        }

        var age = asOf is { } on ? $"; describes {claim.RefersTo}, {Age(claim.RefersTo.End, on)}" : "";
        return AsOld(new ResolvedEvidence(item, $"{reading}{age})", null, Complete(item.Ratings, none), []) { Claim = claim }, asOf);
    }

    /// <summary>
    /// A stale claim (<see cref="Claim.IsStaleOn"/>: its span ended more than two years before the
    /// day) says where things were, not where they are: it keeps its ratings but counts at low
    /// relevance, a stated choice, and its reading says so.
    /// </summary>
    private static ResolvedEvidence AsOld(ResolvedEvidence read, DateOnly? asOf)
    {
        if (asOf is not { } day || read.Claim is not { } claim || !claim.IsStaleOn(day) || read.Item.Relevance == WeightLevel.Low)
        {
            return read;
        }

        return read with
        {
            Item = read.Item with { Relevance = WeightLevel.Low },
            Reading = $"{read.Reading} Stale (its span ended more than {Figures.Count(Claim.CurrentForYears, "year")} before {Figures.Day(day)}): counted at low relevance, not {WireNames.Weight(read.Item.Relevance)}.",
        };
    }

    /// <summary>"ended 4.2 years before the day", "ended 3 months before the day", "current on the day"; <paramref name="dayWords"/> names the day ("11 February 2025").</summary>
    public static string Age(DateOnly end, DateOnly day, string dayWords = "the day")
    {
        var days = day.DayNumber - end.DayNumber;
        return days <= 0 ? $"current on {dayWords}"
            : days < 365 ? $"ended {Figures.Count(Math.Max(1, days / 30), "month")} before {dayWords}"
            : $"ended {(days / 365.25).ToString("0.#", CultureInfo.InvariantCulture)} years before {dayWords}";
    }

    private static Dictionary<string, AchRating> Complete(IReadOnlyDictionary<string, AchRating> ratings, Dictionary<string, AchRating> none) =>
        none.ToDictionary(h => h.Key, h => ratings.TryGetValue(h.Key, out var r) ? r : AchRating.NA, StringComparer.Ordinal);
}
