namespace KhorasanWatch.Cli.Output;

/// <summary>A plain fixed-width table: readable in a terminal, greppable when redirected.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>The widest a cell may print: a source's field of megabytes would widen every row of the table to it.</summary>
    public const int MaxCell = 300;

    /// <summary>Adds a row; each cell is made safe to print (<see cref="TerminalText"/>) and cut at <see cref="MaxCell"/> characters.</summary>
    public void Add(params string[] cells) => _rows.Add(Cells(cells));

    public void Write(TextWriter output) => WriteRows(output, Widths());

    /// <summary>
    /// Writes rows as they come, in constant memory: the column widths are set by the headers and the
    /// first <paramref name="measured"/> rows, and a later cell wider than its column pushes the rest
    /// of its line along instead of widening every line before it.
    /// </summary>
    public void Stream(TextWriter output, IEnumerable<string[]> rows, int measured = 1000)
    {
        using var each = rows.GetEnumerator();
        var more = true;
        while (_rows.Count < measured && (more = each.MoveNext()))
        {
            Add(each.Current);
        }

        var widths = Widths();
        WriteRows(output, widths);
        _rows.Clear();
        while (more && each.MoveNext())
        {
            output.WriteLine(Line(Cells(each.Current), widths).TrimEnd());
        }
    }

    private int[] Widths() => headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();

    private void WriteRows(TextWriter output, int[] widths)
    {
        output.WriteLine(Line(headers, widths).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths).TrimEnd());
        }
    }

    private static string[] Cells(string[] cells) => cells.Select(c => TerminalText.Cell(c) is var t && t.Length > MaxCell ? t[..MaxCell] + "…" : t).ToArray();

    private static string Line(string[] cells, int[] widths) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])));
}
