namespace KhorasanWatch.Sources;

/// <summary>
/// One data row of a source file, with its values by column position, the physical line it
/// started on, and its raw text for provenance. Rows may be shorter than the header (a truncated
/// line); <see cref="Get"/> then returns null for the missing columns.
/// </summary>
public sealed class SourceRow(string file, long line, ColumnMap columns, string[] values, string raw)
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public ColumnMap Columns { get; } = columns;

    public string Raw { get; } = raw;

    public int Count => values.Length;

    /// <summary>The trimmed value at <paramref name="column"/>, or null when absent or blank.</summary>
    public string? Get(int column)
    {
        if (column < 0 || column >= values.Length)
        {
            return null;
        }

        var value = values[column];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string Name(int column) => column >= 0 && column < Columns.Count ? Columns.Names[column] : $"column {column + 1}";

    public RowIssue Issue(int column, string reason) => new(File, Line, Name(column), reason);

    public RowIssue Issue(string field, string reason) => new(File, Line, field, reason);
}
