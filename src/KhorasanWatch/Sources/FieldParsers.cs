using System.Globalization;

namespace KhorasanWatch.Sources;

/// <summary>Parsing of the field shapes the sources write, without exceptions.</summary>
public static class FieldParsers
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "d MMMM yyyy", "dd MMMM yyyy", "d-MMMM-yyyy", "dd-MMM-yyyy", "d-MMM-yyyy", "d MMM yyyy",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.fffZ", "yyyy/MM/dd",
    ];

    /// <summary>Dates as ACLED, UCDP and their copies write them: 2021-08-26, 26 August 2021, 26-Aug-2021.</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return true;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }

        return false;
    }

    /// <summary>A whole number; also accepts "3.0" as pandas writes integer columns with gaps.</summary>
    public static bool TryInt(string? text, out int value)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        return false;
    }

    public static bool TryDouble(string? text, out double value)
    {
        value = 0;
        return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
