using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Assessment;

/// <summary>
/// A matrix as it stands on a day: its evidence read against the register's current claims and the
/// indicators computed from the events as of that day, and the score. The same matrix, register,
/// events and day give the same evaluation.
/// </summary>
public sealed record MatrixEvaluation(AchMatrix Matrix, int? SavedVersion, DateOnly AsOf, IReadOnlyList<ResolvedEvidence> Evidence, AchScore Score)
{
    public static MatrixEvaluation Evaluate(
        AchMatrix matrix, int? savedVersion, IReadOnlyList<Claim> claims, IReadOnlyList<ConflictEvent> events, DateOnly asOf, DateOnly coverageStart, IndicatorRules rules, WarningReport warnings)
    {
        var readings = IndicatorReadings.Compute(events, asOf, coverageStart, rules, warnings);
        var evidence = AchEvidence.Resolve(matrix, claims.ToDictionary(c => c.Id, StringComparer.Ordinal), readings, asOf);
        return new MatrixEvaluation(matrix, savedVersion, asOf, evidence, AchScoring.Score(matrix, evidence));
    }

    /// <summary>The items that, if wrong, would change the leading hypothesis (the sensitivity check).</summary>
    public IReadOnlyList<string> CriticalItems => [.. Score.Sensitivity.Where(s => s.ChangesLeader).Select(s => s.ItemId)];

    /// <summary>The items not counted: rated NA for every hypothesis (no claim in the register, no reading, or no rating for the reading's state).</summary>
    public IReadOnlyList<string> UncountedItems =>
        [.. Evidence.Where(x => x.Ratings.Values.All(r => r == AchRating.NA)).Select(x => x.Item.Id).Order(StringComparer.Ordinal)];

    /// <summary>The counted items rated alike for every hypothesis: they do not discriminate.</summary>
    public IReadOnlyList<string> NonDiagnosticItems
    {
        get
        {
            var uncounted = UncountedItems.ToHashSet(StringComparer.Ordinal);
            return [.. Score.Items.Where(i => i.Diagnosticity == 0 && !uncounted.Contains(i.ItemId)).Select(i => i.ItemId)];
        }
    }

    /// <summary>The matrix saved in the store under its name, or the shipped one when none is saved.</summary>
    public static (AchMatrix Matrix, int? Version) Current(Storage.IMatrixStore store, string name) => Saved(store, name, null);

    /// <summary>
    /// One saved version of the matrix, or the latest when <paramref name="version"/> is null (the
    /// shipped matrix when none is saved). A saved matrix that no longer reads — saved before a check
    /// existed — is a <see cref="MatrixException"/> saying how to replace it, never a crash later.
    /// </summary>
    public static (AchMatrix Matrix, int? Version) Saved(Storage.IMatrixStore store, string name, int? version)
    {
        var latest = store.LatestMatrix(name);
        if (latest is null)
        {
            return name == AchMatrixJson.Shipped.Name && version is null ? (AchMatrixJson.Shipped, null)
                : name == AchMatrixJson.Shipped.Name ? throw new MatrixException(name, $"no version {version} is saved (the shipped matrix is used until a rating or an import saves version 1)")
                : throw new MatrixException(name, $"no matrix of that name is saved; the shipped one is '{AchMatrixJson.Shipped.Name}'");
        }

        var saved = version is null || version == latest.Version ? latest
            : store.MatrixVersion(name, version.Value)
                ?? throw new MatrixException(name, $"no version {version} is saved ({(latest.Version == 1 ? "only version 1" : $"versions 1 to {latest.Version}")})");
        try
        {
            return (AchMatrixJson.Read(saved.Json, $"{name} version {saved.Version}"), saved.Version);
        }
        catch (MatrixException e)
        {
            throw new MatrixException(e.Origin, e.Problem, NextStep.ImportMatrix(name));
        }
    }

    /// <summary>Evaluates the store's matrix as of <paramref name="asOf"/>: the version asked for, else the current one.</summary>
    public static MatrixEvaluation ForStore<TStore>(TStore store, string name, int? savedVersion, WatchData data, DateOnly asOf, IndicatorRules rules)
        where TStore : Storage.IEventStore, Storage.IClaimStore, Storage.IMatrixStore
    {
        var (matrix, version) = Saved(store, name, savedVersion);
        var events = data.Events.ToList();
        var warnings = WarningDetector.Detect(events, asOf, data.CoverageStart, Region.All, rules, new WarningOptions(), data.Results);
        return Evaluate(matrix, version, store.Claims(), events, asOf, data.CoverageStart, rules, warnings);
    }
}
