using System.Globalization;
using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.UseCases;

/// <summary>
/// Parses what every host receives as text (dates, counts, countries), with messages naming the
/// parameter, so the CLI and the API accept the same values and refuse them in the same words.
/// </summary>
public static class RequestValues
{
    /// <summary>
    /// A day, or a year or month standing for its first day, or for its last when
    /// <paramref name="toEnd"/> (a range's end, an as-of day): "from 2021 to 2021" is the whole of 2021.
    /// </summary>
    public static DateOnly? Date(string? text, string parameter, bool toEnd = false)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
            : DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? (toEnd ? month.AddMonths(1).AddDays(-1) : month)
            : DateOnly.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year) ? (toEnd ? year.AddYears(1).AddDays(-1) : year)
            : throw Invalid("{" + parameter + "} '{0}' is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY for a whole month or year)", text);
    }

    /// <summary>The first and last day of a range, refused when the first comes after the last.</summary>
    public static (DateOnly? First, DateOnly? Last) DateRange(string? from, string? to)
    {
        var range = (Date(from, "from"), Date(to, "to", toEnd: true));
        CheckOrder(range.Item1, range.Item2);
        return range;
    }

    public static void CheckOrder(DateOnly? first, DateOnly? last)
    {
        if (first > last)
        {
            throw Invalid("{from} {0} is after {to} {1}", Day(first!.Value), Day(last!.Value));
        }
    }

    /// <summary>A whole number of at least one.</summary>
    public static int? Count(string? text, string parameter) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : throw Invalid("{" + parameter + "} '{0}' is not a whole number of at least 1", text);

    /// <summary>A country's ISO 3166-1 alpha-3 code, from its code or any of its names.</summary>
    public static string? Country(string? text) =>
        text is null ? null
        : Gazetteer.Default.FindCountry(text)?.Iso3 ?? throw Invalid("{country} '{0}' is not a known country or ISO 3166-1 alpha-3 code", text);

    /// <summary>One of <paramref name="allowed"/>, compared without case.</summary>
    public static string OneOf(string? text, string parameter, string fallback, params string[] allowed)
    {
        if (text is null)
        {
            return fallback;
        }

        var value = text.Trim().ToLowerInvariant();
        return allowed.Contains(value) ? value : throw Invalid("{" + parameter + "} must be one of {0}, not '{1}'", string.Join(", ", allowed), text);
    }

    /// <summary>An empty field of a form, or one of blanks only, is no value: null.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public static ProblemException Invalid(string template, params string[] values) => new(ProblemCodes.InvalidValue, template, values);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
