using KhorasanWatch.Storage;

namespace KhorasanWatch.Cli.Output;

internal static class SourcesWriter
{
    public static void Write(TextWriter output, IReadOnlyList<SourceYear> years, string format)
    {
        if (format == "json")
        {
            output.WriteLine(ContractDocuments.Sources(years));
            return;
        }

        if (years.Count == 0)
        {
            output.WriteLine("The store holds no events yet: load some with 'kwatch ingest FILE'.");
            return;
        }

        var table = new TextTable("source", "year", "events", "watched (certain)", "uncertain");
        foreach (var y in years)
        {
            table.Add(Name(y), $"{y.Year}", $"{y.Events}", $"{y.Watched}", $"{y.Uncertain}");
        }

        table.Write(output);
        foreach (var total in years.GroupBy(Name))
        {
            output.WriteLine($"{total.Key}: {total.Sum(y => y.Events)} events, {total.Min(y => y.Year)}–{total.Max(y => y.Year)}");
        }
    }

    /// <summary>The source's code for its own data; a compilation by its name, with the format it is written in ("Khorasan Watch curated compilation (acled format)").</summary>
    private static string Name(SourceYear y) => y.Dataset is { } dataset ? $"{TerminalText.Cell(dataset)} ({y.Source} format)" : y.Source;
}
