using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;

namespace KhorasanWatch.Assessment;

/// <summary>
/// A matrix as it stands on a day: its evidence read against the register's current claims and the
/// indicators computed from the events as of that day, and the score. The same matrix, register,
/// events and day give the same evaluation.
/// </summary>
public sealed record MatrixEvaluation(AchMatrix Matrix, int? SavedVersion, DateOnly AsOf, IReadOnlyList<ResolvedEvidence> Evidence, AchScore Score)
{
    public static MatrixEvaluation Evaluate(
        AchMatrix matrix, int? savedVersion, IReadOnlyList<Claim> claims, IReadOnlyList<ConflictEvent> events, DateOnly asOf, DateOnly coverageStart, WarningReport warnings)
    {
        var readings = IndicatorReadings.Compute(events, asOf, coverageStart, IndicatorRules.Iskp, warnings);
        var evidence = AchEvidence.Resolve(matrix, claims.ToDictionary(c => c.Id, StringComparer.Ordinal), readings);
        return new MatrixEvaluation(matrix, savedVersion, asOf, evidence, AchScoring.Score(matrix, evidence));
    }

    /// <summary>The matrix saved in the store under its name, or the shipped one when none is saved.</summary>
    public static (AchMatrix Matrix, int? Version) Current(Storage.IMatrixStore store, string name)
    {
        var saved = store.LatestMatrix(name);
        if (saved is not null)
        {
            return (AchMatrixJson.Read(saved.Json, $"{name} version {saved.Version}"), saved.Version);
        }

        return name == AchMatrixJson.Shipped.Name
            ? (AchMatrixJson.Shipped, null)
            : throw new MatrixException(name, $"no matrix of that name is saved; the shipped one is '{AchMatrixJson.Shipped.Name}'");
    }

    /// <summary>Evaluates the store's current matrix as of <paramref name="asOf"/>.</summary>
    public static MatrixEvaluation ForStore<TStore>(TStore store, string name, WatchData data, DateOnly asOf)
        where TStore : Storage.IEventStore, Storage.IClaimStore, Storage.IMatrixStore
    {
        var (matrix, version) = Current(store, name);
        var events = data.Events.ToList();
        var warnings = WarningDetector.Detect(events, asOf, data.CoverageStart, Region.All, IndicatorRules.Iskp, new WarningOptions());
        return Evaluate(matrix, version, store.Claims(), events, asOf, data.CoverageStart, warnings);
    }
}
