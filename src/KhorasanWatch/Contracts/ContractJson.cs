using System.Text.Json;
using System.Text.Json.Serialization;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Contracts;

/// <summary>
/// The typed contracts, serialised by one source-generated context in snake_case for the CLI's
/// <c>--format json</c> and the API alike. Contracts still written field by field (indicators,
/// warnings, events) keep their writers in this namespace, shared the same way.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<SourceYearJson>))]
[JsonSerializable(typeof(IReadOnlyList<RejectedRowJson>))]
public sealed partial class ContractJson : JsonSerializerContext
{
    public static string Sources(IReadOnlyList<SourceYear> years) =>
        JsonSerializer.Serialize<IReadOnlyList<SourceYearJson>>([.. years.Select(KhorasanWatch.Contracts.SourceYearJson.Of)], Default.IReadOnlyListSourceYearJson);

    public static string Rejects(IReadOnlyList<RejectedRow> rows) =>
        JsonSerializer.Serialize<IReadOnlyList<RejectedRowJson>>([.. rows.Select(r => new KhorasanWatch.Contracts.RejectedRowJson(r.RunId, r.File, r.Line, r.Field, r.Reason))], Default.IReadOnlyListRejectedRowJson);
}

/// <summary><c>kwatch sources --format json</c>, one element per source and year (docs/cli.md, "sources").</summary>
public sealed record SourceYearJson(string Source, string? Dataset, int Year, long Events, long Watched, long Uncertain, string LastDay)
{
    public static SourceYearJson Of(SourceYear y) =>
        new(y.Source, y.Dataset, y.Year, y.Events, y.Watched, y.Uncertain, y.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>A row an ingest refused, as the API lists it.</summary>
public sealed record RejectedRowJson(long RunId, string File, long Line, string Field, string Reason);
