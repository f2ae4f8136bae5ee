using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Cli.Output;

/// <summary>What was asked: whose indicators, where, cut how, over which days, and where the data begin.</summary>
internal sealed record IndicatorContext(string ActorId, Region Region, PeriodKind Kind, DateOnly From, DateOnly To, DateOnly CoverageStart);
