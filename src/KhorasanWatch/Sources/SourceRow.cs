namespace KhorasanWatch.Sources;

/// <summary>
/// One data row of a source file, with its values by column position, the physical line it
/// started on, and its raw text for provenance. Rows may be shorter than the header (a truncated
/// line); <see cref="Get"/> then returns null for the missing columns. A CSV row keeps only where
/// each field lies in its raw text and makes a string of a field when it is asked for: a mapper
/// reads about two thirds of ACLED's 31 columns.
/// </summary>
public sealed class SourceRow
{
    private readonly string[]? _values;
    private readonly int[]? _bounds;

    public SourceRow(string file, long line, ColumnMap columns, string[] values, string raw)
    {
        File = file;
        Line = line;
        Columns = columns;
        Raw = raw;
        _values = values;
        Count = values.Length;
    }

    /// <summary>A CSV row: field <c>i</c> is <c>raw.Substring(bounds[2i], bounds[2i+1])</c>, still quoted.</summary>
    internal SourceRow(string file, long line, ColumnMap columns, string raw, int[] bounds)
    {
        File = file;
        Line = line;
        Columns = columns;
        Raw = raw;
        _bounds = bounds;
        Count = bounds.Length / 2;
    }

    public string File { get; }

    public long Line { get; }

    public ColumnMap Columns { get; }

    public string Raw { get; }

    public int Count { get; }

    /// <summary>The trimmed value at <paramref name="column"/>, or null when absent or blank.</summary>
    public string? Get(int column)
    {
        if (column < 0 || column >= Count)
        {
            return null;
        }

        var cell = _values is not null
            ? _values[column]
            : CsvField.Unquote(Raw.AsSpan(_bounds![2 * column], _bounds[(2 * column) + 1])); // one of the two is always set
        return string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();
    }

    public string Name(int column) => column >= 0 && column < Columns.Count ? Columns.Names[column] : $"column {column + 1}";

    public RowIssue Issue(int column, string reason) => new(File, Line, Name(column), reason);

    public RowIssue Issue(string field, string reason) => new(File, Line, field, reason);
}
