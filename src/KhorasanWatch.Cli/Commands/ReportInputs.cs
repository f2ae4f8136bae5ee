using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Assessment;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Cli.Commands;

/// <summary>Everything <c>kwatch report</c> reads from the store.</summary>
internal sealed record ReportInputs(
    WatchData Data, IReadOnlyList<MonthCount> OtherActors, IReadOnlyList<BoundaryRecord> Boundaries, IReadOnlyList<Claim> Claims, (AchMatrix Matrix, int? Version) Matrix);
