namespace KhorasanWatch.Sources;

/// <summary>RFC 4180 field text: the one place that removes a field's quotes.</summary>
internal static class CsvField
{
    /// <summary>The field's value: outer quotes removed and doubled quotes undoubled, when quoted.</summary>
    public static string Unquote(ReadOnlySpan<char> field)
    {
        if (field.Length >= 2 && field[0] == '"' && field[^1] == '"')
        {
            field = field[1..^1];
            return field.Contains('"') ? field.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : field.ToString();
        }

        return field.ToString();
    }
}
