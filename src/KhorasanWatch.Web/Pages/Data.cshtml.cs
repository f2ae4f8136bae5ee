using KhorasanWatch.Storage;
using KhorasanWatch.UseCases.Data;

namespace KhorasanWatch.Web.Pages;

/// <summary>What is loaded, per source and year, and what the ingests refused or warned about, with file, line, field and reason.</summary>
public sealed class DataModel(DataUseCase data) : WatchPage
{
    public const int ProblemsShown = 200;

    public IReadOnlyList<SourceYear>? Sources { get; private set; }

    public IReadOnlyList<IngestProblem> Problems { get; private set; } = [];

    public const int RunsShown = 50;

    public IReadOnlyList<IngestRun> Runs { get; private set; } = [];

    public void OnGet()
    {
        Sources = Answer(data.Sources);
        if (Sources is not null)
        {
            Problems = data.Problems(new ProblemQuery(Limit: ProblemsShown)).Problems;
            Runs = data.IngestRuns(RunsShown);
        }
    }
}
