using KhorasanWatch.Analysis.Estimates;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>kwatch claims list</c>: the latest version of each claim, then where the register disagrees
/// with itself — said in sentences, never averaged away. The table fits 80 columns.
/// </summary>
internal static class ClaimListWriter
{
    private static readonly string[] Headers = ["id", "subject", "figure", "refers_to", "grade", "version"];

    public static void WriteTable(TextWriter output, IReadOnlyList<Claim> claims, IReadOnlyList<ClaimDisagreement> disagreements, string? subject)
    {
        if (claims.Count == 0)
        {
            output.WriteLine(subject is null
                ? "The register holds no claims yet: add one with 'kwatch claims add' or 'kwatch claims import FILE'."
                : $"The register holds no claims about '{subject}'.");
            return;
        }

        var rows = claims.Select(c => new[] { c.Id, c.Subject, ClaimFigures.Cell(c), c.RefersTo.Text, c.Grade.ToString(), $"{c.Version}" }).ToList();
        Write(output, Headers, rows, overflow: 0, (1, 12), (2, 14), (3, 12));
        output.WriteLine($"{claims.Count} claim{(claims.Count == 1 ? "" : "s")}, latest versions ('kwatch claims show ID' for a claim's history).");
        output.WriteLine();
        if (disagreements.Count == 0)
        {
            output.WriteLine("The claims listed do not disagree with each other.");
            return;
        }

        output.WriteLine("Disagreements:");
        foreach (var d in disagreements)
        {
            TextWrap.Write(output, $"- {d.Kind}: ", d.Statement, 2);
        }
    }

    /// <summary>
    /// Writes a table that fits <see cref="TextWrap.Width"/> columns. The <paramref name="shrink"/>
    /// columns, in that order, are narrowed as far as their minimum, their cut cells ending in "…";
    /// the <paramref name="overflow"/> column (an id, which must stay whole to be used) takes the
    /// width left, and a cell longer than that stands on a line of its own above the rest of its row.
    /// </summary>
    public static void Write(TextWriter output, string[] headers, List<string[]> rows, int overflow, params (int Column, int Minimum)[] shrink)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var others = widths.Where((_, i) => i != overflow).Sum() + (2 * (widths.Length - 1));
        var excess = others + (overflow < 0 ? 0 : Math.Max(headers[overflow].Length, 2)) - TextWrap.Width;
        foreach (var (column, minimum) in shrink)
        {
            var cut = Math.Clamp(excess, 0, Math.Max(0, widths[column] - minimum));
            widths[column] -= cut;
            excess -= cut;
            others -= cut;
        }

        if (overflow >= 0)
        {
            widths[overflow] = Math.Max(Math.Min(widths[overflow], TextWrap.Width - others), headers[overflow].Length);
        }

        string Line(IEnumerable<string> cells) => string.Join("  ", cells.Select((c, i) => (c.Length <= widths[i] ? c : c[..(widths[i] - 1)] + "…").PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(headers));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            if (overflow >= 0 && row[overflow].Length > widths[overflow])
            {
                output.WriteLine(row[overflow]);
                output.WriteLine(Line(row.Select((c, i) => i == overflow ? "" : c)));
            }
            else
            {
                output.WriteLine(Line(row));
            }
        }
    }
}
