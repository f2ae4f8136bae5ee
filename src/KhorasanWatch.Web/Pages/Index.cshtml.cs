using KhorasanWatch.UseCases.Overview;

namespace KhorasanWatch.Web.Pages;

/// <summary>The headline level with its warnings, attacks per month for the last 24 months, the target mix, the map and the newest events.</summary>
public sealed class IndexModel(OverviewUseCase overview) : WatchPage
{
    public OverviewResult? Overview { get; private set; }

    public void OnGet() => Overview = Answer(overview.Compute);
}
