using System.Text;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Estimates;

/// <summary>
/// The rows of a claims CSV: columns named as <see cref="ClaimFields.Names"/> (or <c>grade</c> for
/// reliability and credibility together), in any order and any case, other columns ignored. A
/// header without a required column refuses the whole file: every row would be rejected for it.
/// </summary>
internal static class ClaimCsvRows
{
    private static readonly string[] Required = ["key", "subject", "statement", "refers_to", "reported", "source_title"];

    private static readonly string[] GradeParts = ["reliability", "credibility"];

    public static List<ClaimRow> Read(string path, Encoding? encoding = null)
    {
        using var file = CsvSourceFile.Open(path, encoding);
        var columns = ClaimFields.Names.Append("grade").Select(name => (Name: name, Index: file.Columns.Find(name))).Where(c => c.Index >= 0).ToList();
        var missing = Required.Where(name => !file.Columns.Has(name)).ToList();
        if (!file.Columns.Has("grade"))
        {
            missing.AddRange(GradeParts.Where(name => !file.Columns.Has(name)).Select(name => $"{name} (or grade)"));
        }

        if (missing.Count > 0)
        {
            throw new SourceFormatException(
                path, 1, $"the header lacks the required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (a claims CSV names {string.Join(",", ClaimFields.Names)})");
        }

        return file.Rows()
            .Select(row => new ClaimRow(row.Line, IsItem: false, columns.ToDictionary(c => c.Name, c => row.Get(c.Index), StringComparer.Ordinal), []))
            .ToList();
    }
}
