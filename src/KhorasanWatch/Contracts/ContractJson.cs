using System.Text.Json;
using System.Text.Json.Serialization;
using KhorasanWatch.Storage;
using KhorasanWatch.UseCases.Data;

namespace KhorasanWatch.Contracts;

/// <summary>
/// The typed contracts, serialised by one source-generated context in snake_case for the CLI's
/// <c>--format json</c> and the API alike (events, sources, problems), nulls written as null.
/// Contracts still written field by field (indicators, warnings) keep their writers in this
/// namespace, shared the same way.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<SourceYearJson>))]
[JsonSerializable(typeof(ProblemsRecord))]
[JsonSerializable(typeof(EventRecord))]
[JsonSerializable(typeof(EventPageRecord))]
[JsonSerializable(typeof(EventDetailRecord))]
public sealed partial class ContractJson : JsonSerializerContext
{
    public static string Sources(IReadOnlyList<SourceYear> years) =>
        JsonSerializer.Serialize<IReadOnlyList<SourceYearJson>>([.. years.Select(KhorasanWatch.Contracts.SourceYearJson.Of)], Default.IReadOnlyListSourceYearJson);

    /// <summary><c>kwatch problems --format json</c> and <c>GET /api/v1/problems</c>.</summary>
    public static string Problems(ProblemList list) =>
        JsonSerializer.Serialize(new ProblemsRecord([.. list.Problems.Select(p => new ProblemRecord(p.Kind, p.File, p.Line, p.Field, p.Reason, p.RunId, p.LoadedAt))], list.Truncated), Default.ProblemsRecord);
}

/// <summary><c>kwatch sources --format json</c>, one element per source and year (docs/cli.md, "sources").</summary>
public sealed record SourceYearJson(string Source, string? Dataset, int Year, long Events, long Watched, long Uncertain, string LastDay)
{
    public static SourceYearJson Of(SourceYear y) =>
        new(y.Source, y.Dataset, y.Year, y.Events, y.Watched, y.Uncertain, y.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The problems the ingests met: <c>{"problems": [...], "truncated"}</c> (docs/cli.md, "problems").</summary>
public sealed record ProblemsRecord(IReadOnlyList<ProblemRecord> Problems, bool Truncated);

/// <summary>A rejected row (not stored) or a warning (stored as given), with where it was and why, and the ingest run that met it.</summary>
public sealed record ProblemRecord(string Kind, string File, long Line, string Field, string Reason, long Run, string LoadedAt);
