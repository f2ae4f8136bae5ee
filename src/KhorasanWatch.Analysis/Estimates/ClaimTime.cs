using System.Globalization;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// The time a claim describes or was reported: a day, a month, a year, or an interval of days,
/// written as given ("2021", "2021-06", "2021-01-01/2021-04-30") and held as its first and last day.
/// </summary>
public sealed record ClaimTime
{
    private ClaimTime(string text, DateOnly start, DateOnly end) => (Text, Start, End) = (text, start, end);

    public string Text { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public bool Overlaps(ClaimTime other) => Start <= other.End && other.Start <= End;

    public static bool TryParse(string? text, out ClaimTime? time)
    {
        time = null;
        var t = (text ?? "").Trim();
        if (t.Split('/') is [var from, var to])
        {
            if (TryDay(from, out var a) && TryDay(to, out var b) && a <= b)
            {
                time = new ClaimTime($"{a:yyyy-MM-dd}/{b:yyyy-MM-dd}", a, b);
            }

            return time is not null;
        }

        if (TryDay(t, out var day))
        {
            time = new ClaimTime(t, day, day);
        }
        else if (DateOnly.TryParseExact(t, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            time = new ClaimTime(t, month, month.AddMonths(1).AddDays(-1));
        }
        else if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
        {
            time = new ClaimTime(t, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        return time is not null;
    }

    /// <summary>Whether <paramref name="text"/> is a FROM/TO of two days whose end is before its start.</summary>
    public static bool IsBackwards(string? text) =>
        (text ?? "").Trim().Split('/') is [var from, var to] && TryDay(from, out var a) && TryDay(to, out var b) && b < a;

    public override string ToString() => Text;

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
