using System.Globalization;
using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Cli.Commands;

/// <summary>Checks of option values that the parser leaves to us, with messages naming the option.</summary>
internal static class Arguments
{
    /// <summary>
    /// A day, or a year or month standing for its first day, except after --to and --as-of, where
    /// it stands for its last: "--from 2021 --to 2021" is the whole of 2021.
    /// </summary>
    public static DateOnly? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var toEnd = option is "--to" or "--as-of";
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
            : DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? (toEnd ? month.AddMonths(1).AddDays(-1) : month)
            : DateOnly.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year) ? (toEnd ? year.AddYears(1).AddDays(-1) : year)
            : throw new UsageException($"{option} '{text}' is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY for a whole month or year)");
    }

    /// <summary>--from and --to, refused when the first comes after the last.</summary>
    public static (DateOnly? First, DateOnly? Last) DateRange(string? from, string? to)
    {
        var range = (Date(from, "--from"), Date(to, "--to"));
        CheckOrder(range.Item1, range.Item2);
        return range;
    }

    public static void CheckOrder(DateOnly? first, DateOnly? last)
    {
        if (first > last)
        {
            throw new UsageException($"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}");
        }
    }

    /// <summary>A whole number of at least one; the parser's own message would name a .NET type.</summary>
    public static int? Count(string? text, string option) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : throw new UsageException($"{option} '{text}' is not a whole number of at least 1");

    public static string? Country(string? text) =>
        text is null ? null
        : Gazetteer.Default.FindCountry(text)?.Iso3 ?? throw new UsageException($"--country '{text}' is not a known country or ISO 3166-1 alpha-3 code");
}
