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

    /// <summary>
    /// A CSV field: cleaned, made inert as a spreadsheet formula, and quoted where it holds a comma,
    /// a quote or a line break (RFC 4180). A spreadsheet runs a cell that begins with <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return as a formula (OWASP, "CSV
    /// Injection"), so such a field from a source ("=HYPERLINK(…)" as a province) is written after
    /// an apostrophe, which spreadsheets read as "text" and do not show; a number ("-70.1") is left
    /// as it is.
    /// </summary>
    public static string Csv(string? text)
    {
        var value = Clean(text, keepLineBreaks: true);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' &&
            !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 || FormulaAfterSemicolon(value)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>
    /// A formula after a semicolon ("Kabul;=1+2"): where the list separator is ';' (German or French
    /// Excel), an unquoted field splits there and its second cell runs, so such a field is quoted.
    /// </summary>
    private static bool FormulaAfterSemicolon(string value)
    {
        for (var i = value.IndexOf(';', StringComparison.Ordinal); i >= 0 && i < value.Length - 1; i = value.IndexOf(';', i + 1))
        {
            if (value[i + 1] is '=' or '+' or '-' or '@')
            {
                return true;
            }
        }

        return false;
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
