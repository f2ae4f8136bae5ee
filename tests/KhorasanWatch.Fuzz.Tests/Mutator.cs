using System.Text;

namespace KhorasanWatch.Fuzz.Tests;

/// <summary>
/// Mutations of a seed file, each drawn from a seeded <see cref="Random"/> so a case is its seed:
/// byte flips, truncations, inserted quotes, line breaks and NULs, huge fields and lines, wrong
/// delimiters, BOMs, invalid UTF-8, duplicated and missing headers, hostile numbers and dates, and
/// for JSON, values of the wrong kind. One to three are applied to each case.
/// </summary>
internal static class Mutator
{
    /// <summary>Values that sit at or past the edge of what a field can hold.</summary>
    private static readonly string[] Hostile =
    [
        "2021-02-30", "9999-12-31", "0001-01-01", "1900-01-01", "2100-01-01", "999", "-999", "-1", "1e400", "-1e400", "NaN", "Infinity", "-0",
        "99999999999999999999", "2147483648", "0x10", "", " ", "\"", "\\", "null", "true", "\u202E", "\u001b]0;pwned\u0007", "\ud800", "Ā̈̈̈̈", "%s%n",
    ];

    public static byte[] Mutate(byte[] seed, Random random, bool json, int hugeBytes)
    {
        var data = seed;
        for (var n = 1 + random.Next(3); n > 0; n--)
        {
            data = Once(data, random, json, hugeBytes);
        }

        return data;
    }

    private static byte[] Once(byte[] data, Random random, bool json, int hugeBytes)
    {
        var kinds = json ? 16 : 14;
        switch (random.Next(kinds))
        {
            case 0: return Flip(data, random);
            case 1: return data.Length == 0 ? data : data[..random.Next(data.Length)];
            case 2: return Insert(data, random, "\""u8);
            case 3: return Insert(data, random, random.Next(4) switch { 0 => "\n"u8, 1 => "\r"u8, 2 => "\r\n"u8, _ => "\n\r"u8 });
            case 4: return Insert(data, random, [0]);
            case 5: return random.Next(20) == 0 ? Insert(data, random, Enumerable.Repeat((byte)'A', hugeBytes).ToArray()) : Insert(data, random, Enumerable.Repeat((byte)',', 5_000).ToArray());
            case 6: return Text(data, t => t.Replace(",", random.Next(2) == 0 ? ";" : "\t", StringComparison.Ordinal));
            case 7: return random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF, .. data] : [0xFF, 0xFE, .. data];
            case 8: return Insert(data, random, random.Next(3) switch { 0 => [0xFF], 1 => [0xC3], _ => [0xED, 0xA0, 0x80] });
            case 9: return Text(data, t => Header(t, random));
            case 10: return Text(data, t => Replace(t, random, Hostile[random.Next(Hostile.Length)]));
            case 11: return Text(data, t => Lines(t, random));
            case 12: return Insert(data, random, Encoding.UTF8.GetBytes(Hostile[random.Next(Hostile.Length)]));
            case 13: return random.Next(2) == 0 ? Insert(data, random, "\"\""u8) : Text(data, t => t.Length < 2 ? t : t.Insert(random.Next(Math.Min(40, t.Length)), "\""));
            case 14: return Text(data, t => JsonValue(t, random));
            default: return Text(data, t => JsonStructure(t, random));
        }
    }

    private static byte[] Flip(byte[] data, Random random)
    {
        if (data.Length == 0)
        {
            return data;
        }

        var copy = (byte[])data.Clone();
        for (var n = 1 + random.Next(8); n > 0; n--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] Insert(byte[] data, Random random, ReadOnlySpan<byte> bytes)
    {
        var at = random.Next(data.Length + 1);
        return [.. data.AsSpan(0, at), .. bytes, .. data.AsSpan(at)];
    }

    private static byte[] Text(byte[] data, Func<string, string> change) => Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(data)));

    /// <summary>Duplicates, empties or drops a header name, or drops the header line.</summary>
    private static string Header(string text, Random random)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0)
        {
            return text;
        }

        var names = text[..end].TrimEnd('\r').Split(',').ToList();
        var i = random.Next(names.Count);
        switch (random.Next(4))
        {
            case 0: names.Add(names[i]); break;
            case 1: names[i] = ""; break;
            case 2: names.RemoveAt(i); break;
            default: return text[(end + 1)..];
        }

        return string.Join(',', names) + text[end..];
    }

    /// <summary>Replaces one field, number or date-like token with a hostile value.</summary>
    private static string Replace(string text, Random random, string value)
    {
        var tokens = System.Text.RegularExpressions.Regex.Matches(text, @"-?\d[\d.\-:eE]*");
        if (tokens.Count == 0)
        {
            return text;
        }

        var t = tokens[random.Next(tokens.Count)];
        return string.Concat(text.AsSpan(0, t.Index), value, text.AsSpan(t.Index + t.Length));
    }

    /// <summary>Deletes, duplicates or swaps lines.</summary>
    private static string Lines(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count < 2)
        {
            return text;
        }

        var i = random.Next(lines.Count);
        switch (random.Next(3))
        {
            case 0: lines.RemoveAt(i); break;
            case 1: lines.Insert(i, lines[i]); break;
            default: (lines[i], lines[0]) = (lines[0], lines[i]); break;
        }

        return string.Join('\n', lines);
    }

    /// <summary>A JSON value of the wrong kind: a string or number swapped for null, a boolean, an array, an object, a lone surrogate or a huge number.</summary>
    private static string JsonValue(string text, Random random)
    {
        var values = System.Text.RegularExpressions.Regex.Matches(text, "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
        if (values.Count == 0)
        {
            return text;
        }

        var v = values[random.Next(values.Count)];
        string[] replacements = ["null", "true", "[]", "{}", "\"\\ud800\"", "1e400", "-1", "\"\"", "[null]", "\"Polygon\"", "\"polygon\"", "0"];
        return string.Concat(text.AsSpan(0, v.Index), replacements[random.Next(replacements.Length)], text.AsSpan(v.Index + v.Length));
    }

    /// <summary>Breaks the JSON's shape: drops a bracket, a comma or a colon, or closes a ring early.</summary>
    private static string JsonStructure(string text, Random random)
    {
        var marks = Enumerable.Range(0, text.Length).Where(i => text[i] is '[' or ']' or '{' or '}' or ',' or ':').ToList();
        if (marks.Count == 0)
        {
            return text;
        }

        var at = marks[random.Next(marks.Count)];
        return random.Next(2) == 0 ? text.Remove(at, 1) : text.Insert(at, text[at].ToString());
    }
}
