using KhorasanWatch.Estimates;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>kwatch claims import</c>: the counts, the corrections and every reason a row was rejected. A
/// reject of a JSON file is placed by its item, the array's N-th object (<c>item</c>, and the same
/// number in <c>line</c>, which a CSV's rejects fill with the physical line and leave <c>item</c> null).
/// </summary>
internal static class ClaimImportWriter
{
    public static void WriteText(TextWriter output, ClaimImportReport r)
    {
        output.WriteLine($"{r.File}: read {r.Read}, added {r.Added}, corrected {r.Corrected}, unchanged {r.Unchanged}, rejected {r.Rejected}");
        foreach (var c in r.Corrections)
        {
            output.WriteLine($"  corrected: {c.Id} is now version {c.Version}");
        }

        foreach (var issue in r.Rejects)
        {
            var place = r.Format == "json" ? $"{issue.File} item {issue.Line}" : $"{issue.File}:{issue.Line}";
            TextWrap.Write(output, "  rejected ", $"{place}: {issue.Field}: {issue.Reason}", 4);
        }
    }
}
