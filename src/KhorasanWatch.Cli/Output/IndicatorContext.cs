using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Cli.Output;

/// <summary>What was asked: whose indicators, where, cut how, over which days, and where the data begin.</summary>
internal sealed record IndicatorContext(string ActorId, Region Region, PeriodKind Kind, DateOnly From, DateOnly To, DateOnly CoverageStart)
{
    /// <summary>The loaded sources of the actor's events when they record only lethal events (UCDP); else null.</summary>
    public IReadOnlyList<string>? LethalOnlySources { get; init; }
}
