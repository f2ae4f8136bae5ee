using System.Globalization;
using System.Text;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Contracts;

/// <summary>
/// Text from a source, made safe to print: control characters (C0 but tab, DEL, C1) and the
/// bidirectional embeddings, overrides and isolates are shown as <c>\u001B</c>-style escapes, so
/// a field cannot move the cursor, set the terminal's title or reverse the rest of a line. Tab
/// and line breaks become spaces in a table cell or a wrapped line; a CSV cell keeps them, quoted.
/// </summary>
public static class TerminalText
{
    public static string Cell(string? text) => Clean(text, keepLineBreaks: false);

    /// <summary>A CSV field: cleaned, and quoted where it holds a comma, a quote or a line break (RFC 4180).</summary>
    public static string Csv(string? text)
    {
        var value = Clean(text, keepLineBreaks: true);
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny(UnsafeText.Chars) < 0 && (keepLineBreaks ? text.AsSpan().IndexOf('\t') < 0 : text.AsSpan().IndexOfAny("\t\n\r") < 0))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            clean.Append(c switch
            {
                '\t' => " ",
                '\n' or '\r' => keepLineBreaks ? c.ToString() : " ",
                _ when UnsafeText.IsControl(c) || UnsafeText.IsDirection(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return clean.ToString();
    }
}
