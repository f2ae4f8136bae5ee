using System.Globalization;
using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Cli.Commands;

/// <summary>Checks of option values that the parser leaves to us, with messages naming the option.</summary>
internal static class Arguments
{
    public static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"{option} '{text}' is not a date (use YYYY-MM-DD)");

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

    public static string? Country(string? text) =>
        text is null ? null
        : Gazetteer.Default.FindCountry(text)?.Iso3 ?? throw new UsageException($"--country '{text}' is not a known country or ISO 3166-1 alpha-3 code");
}
