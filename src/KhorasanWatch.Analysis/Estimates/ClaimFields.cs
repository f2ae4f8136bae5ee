using System.Globalization;
using System.Text.RegularExpressions;
using KhorasanWatch.Analysis.Sharing;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// Reads a claim from named text fields (a CSV row, a JSON object, command-line options), the same
/// way for every input. The field names are a contract: <c>key, subject, statement, value, low,
/// high, unit, refers_to, reported, source_title, source_publisher, source_reference, accessed,
/// reliability, credibility</c> (or <c>grade</c> as "B2")<c>, owner, tlp, relays, notes, reading</c>. Every
/// problem is reported with its field; a claim is returned only when there is none. <c>accessed</c>
/// is a day (YYYY-MM-DD); <c>refers_to</c> and <c>reported</c> may be a year, a month, a day or FROM/TO.
/// </summary>
public static partial class ClaimFields
{
    public static readonly IReadOnlyList<string> Names =
    [
        "key", "subject", "statement", "value", "low", "high", "unit", "refers_to", "reported", "source_title", "source_publisher",
        "source_reference", "accessed", "reliability", "credibility", "owner", "tlp", "relays", "notes", "reading",
    ];

    /// <summary>The longest reading: one word.</summary>
    public const int MaxReadingLength = 40;

    /// <summary>Whether <paramref name="text"/> is a reading as claims and matrices write it: one snake_case word (falling, not_yet_seen).</summary>
    public static bool IsReading(string text) => text.Length <= MaxReadingLength && ReadingPattern().IsMatch(text);

    /// <summary>The most text one field of a claim may hold: ten times the longest note in the shipped register, far below what would bloat the store.</summary>
    public const int MaxFieldLength = 20_000;

    public static (Claim? Claim, IReadOnlyList<(string Field, string Problem)> Problems) Parse(IReadOnlyDictionary<string, string?> fields, string defaultOwner)
    {
        var problems = new List<(string, string)>();
        foreach (var (name, text) in fields)
        {
            if (text is { Length: > MaxFieldLength })
            {
                problems.Add((name, $"holds {text.Length:#,0} characters, more than the {MaxFieldLength:#,0} a claim's field may hold"));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        string? Text(string name) => fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        string Required(string name)
        {
            var v = Text(name);
            if (v is null)
            {
                problems.Add((name, "is required"));
            }

            return v ?? "";
        }

        double? Number(string name)
        {
            var v = Text(name);
            if (v is null)
            {
                return null;
            }

            if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n))
            {
                return n;
            }

            problems.Add((name, $"'{v}' is not a number (write 2000, not 2,000)"));
            return null;
        }

        ClaimTime? Time(string name, bool required)
        {
            var v = required ? Required(name) : Text(name);
            if (string.IsNullOrEmpty(v))
            {
                return null;
            }

            if (!ClaimTime.TryParse(v, out var time))
            {
                problems.Add((name, ClaimTime.IsBackwards(v)
                    ? $"'{v}': the end is before the start (write FROM/TO, the earlier day first)"
                    : $"'{v}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO)"));
            }

            return time;
        }

        // The day a source was read is known to the day: a year or a month would be false precision.
        DateOnly? Day(string name)
        {
            var v = Text(name);
            if (v is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            problems.Add((name, $"'{v}' is not a day (YYYY-MM-DD)"));
            return null;
        }

        var key = Required("key");
        if (key.Length > 0 && !KeyPattern().IsMatch(key))
        {
            problems.Add(("key", $"'{key}' must be lowercase letters, digits, '-' and '_'"));
        }

        var subject = Required("subject");
        if (subject.Length > 0 && !KeyPattern().IsMatch(subject))
        {
            problems.Add(("subject", $"'{subject}' must be snake_case, e.g. manpower"));
        }

        var statement = Required("statement");
        var (value, low, high) = (Number("value"), Number("low"), Number("high"));
        var unit = Text("unit");
        if ((value ?? low ?? high) is not null && unit is null)
        {
            problems.Add(("unit", "is required with a number"));
        }

        // Named by the field that breaks the order, with the figures as written.
        if (low > high)
        {
            problems.Add(("low", $"{Text("low")} is above high {Text("high")}"));
        }
        else if (value < low)
        {
            problems.Add(("value", $"{Text("value")} is below low {Text("low")}"));
        }
        else if (value > high)
        {
            problems.Add(("value", $"{Text("value")} is above high {Text("high")}"));
        }

        var refersTo = Time("refers_to", required: true);
        var reported = Time("reported", required: true);
        var accessed = Day("accessed");
        var grade = Grade(fields.ContainsKey("grade"), Text("grade"), Text("reliability"), Text("credibility"), problems);
        var tlp = TlpLevel.Amber;
        if (Text("tlp") is { } tlpText && !TlpLevels.TryParse(tlpText, out tlp))
        {
            problems.Add(("tlp", $"'{tlpText}' is not a TLP 2.0 marking (clear, green, amber, amber+strict, red)"));
        }

        var readingText = Text("reading");
        if (readingText is not null && !IsReading(readingText))
        {
            problems.Add(("reading", $"'{readingText}' must be one snake_case word of at most {MaxReadingLength} characters, e.g. falling"));
        }

        var title = Required("source_title");
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new Claim
        {
            Id = key,
            Subject = subject,
            Statement = statement,
            Value = value,
            Low = low,
            High = high,
            Unit = unit,
            RefersTo = refersTo!, // Required: a problem was added if missing or unreadable.
            Reported = reported!,
            Source = new ClaimSource(title, Text("source_publisher"), Text("source_reference"), accessed),
            Grade = grade!.Value, // Read above; a problem was added otherwise.
            Owner = Text("owner") ?? defaultOwner,
            Tlp = tlp,
            Relays = Text("relays"),
            Notes = Text("notes"),
            Reading = readingText,
        }, problems);
    }

    /// <summary>
    /// The grade, from <c>grade</c> ("B2") or from <c>reliability</c> and <c>credibility</c>. With
    /// neither, the missing field named is the one the input has: <c>grade</c> when it has that field
    /// (a CSV column, a JSON property, <c>claims add --grade</c>), else reliability.
    /// </summary>
    private static AdmiraltyGrade? Grade(bool hasGradeField, string? grade, string? reliability, string? credibility, List<(string, string)> problems)
    {
        if (grade is not null)
        {
            if (AdmiraltyGrade.TryParse(grade, out var g))
            {
                return g;
            }

            problems.Add(("grade", $"'{grade}' is not an Admiralty grade (A–F then 1–6, e.g. B2)"));
            return null;
        }

        if (reliability is null && credibility is null && hasGradeField)
        {
            problems.Add(("grade", "is required, e.g. B2"));
            return null;
        }

        if (reliability is null || credibility is null)
        {
            problems.Add((reliability is null ? "reliability" : "credibility", "is required (or give grade, e.g. B2)"));
            return null;
        }

        if (AdmiraltyGrade.TryParse(reliability + credibility, out var parsed))
        {
            return parsed;
        }

        var bad = reliability.Length == 1 && char.ToUpperInvariant(reliability[0]) is >= 'A' and <= 'F' ? "credibility" : "reliability";
        problems.Add((bad, bad == "credibility" ? $"'{credibility}' is not 1 to 6" : $"'{reliability}' is not A to F"));
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ReadingPattern();
}
