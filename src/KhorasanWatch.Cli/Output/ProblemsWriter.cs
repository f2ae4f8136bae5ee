using KhorasanWatch.Storage;
using KhorasanWatch.UseCases.Data;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>kwatch problems</c>: as lines for people, or as JSON <c>{"problems":[{"kind","file","line",
/// "field","reason","run","loaded_at"}],"truncated"}</c> for tools.
/// </summary>
internal static class ProblemsWriter
{
    public static void Write(TextWriter output, IReadOnlyList<IngestProblem> problems, bool truncated, string format, string? file)
    {
        if (format == "json")
        {
            output.WriteLine(ContractDocuments.Problems(new ProblemList(problems, truncated)));
            return;
        }

        if (problems.Count == 0)
        {
            output.WriteLine(file is null ? "No ingest has rejected a row or given a warning." : $"No ingest of {TerminalText.Cell(file)} has rejected a row or given a warning.");
            return;
        }

        var rejected = problems.Count(p => p.Kind == IngestProblem.Rejected);
        output.WriteLine($"{(truncated ? "The first " : "")}{problems.Count} problems, newest ingest first: {rejected} rejected rows (not stored), {problems.Count - rejected} warnings (stored as given).");
        foreach (var run in problems.GroupBy(p => (p.RunId, p.File, p.LoadedAt)))
        {
            output.WriteLine();
            output.WriteLine(TerminalText.Cell($"{run.Key.File}, loaded {run.Key.LoadedAt} (run {run.Key.RunId}):"));
            foreach (var p in run)
            {
                TextWrap.Write(output, $"  {p.Kind,-8}  line {p.Line}  {TerminalText.Cell(p.Field)}: ", p.Reason, 6);
            }
        }

        if (truncated)
        {
            output.WriteLine();
            output.WriteLine("… and more: --limit N lists more.");
        }
    }
}
