using System.Text.Json;
using System.Text.Json.Serialization;
using KhorasanWatch.Assessment;
using KhorasanWatch.Storage;
using KhorasanWatch.UseCases.Data;

namespace KhorasanWatch.Contracts;

/// <summary>
/// The typed contracts, serialised by one source-generated context in snake_case for the CLI's
/// <c>--format json</c> and the API alike, nulls written as null, enums by their
/// <see cref="Analysis.Formats.WireNames"/>, figures as <see cref="JsonFields"/> holds them. Each record maps its
/// result in an <c>Of</c>; <see cref="ContractDocuments"/> writes a whole document.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<SourceYearJson>))]
[JsonSerializable(typeof(ProblemsRecord))]
[JsonSerializable(typeof(EventRecord))]
[JsonSerializable(typeof(EventPageRecord))]
[JsonSerializable(typeof(EventDetailRecord))]
[JsonSerializable(typeof(IReadOnlyList<EventSummaryRecord>))]
[JsonSerializable(typeof(IndicatorsRecord))]
[JsonSerializable(typeof(WarningsRecord))]
[JsonSerializable(typeof(ClaimListRecord))]
[JsonSerializable(typeof(ClaimHistoryRecord))]
[JsonSerializable(typeof(ClaimSeriesRecord))]
[JsonSerializable(typeof(ClaimImportRecord))]
[JsonSerializable(typeof(AchMatrixRecord))]
[JsonSerializable(typeof(AchScoreRecord))]
[JsonSerializable(typeof(BacktestRecord))]
[JsonSerializable(typeof(IngestRecord))]
[JsonSerializable(typeof(AuditLogRecord))]
public sealed partial class ContractJson : JsonSerializerContext;

/// <summary>Each contract's whole document, as the CLI prints it and the API sends it.</summary>
public static class ContractDocuments
{
    public static string Sources(IReadOnlyList<SourceYear> years) =>
        JsonSerializer.Serialize<IReadOnlyList<SourceYearJson>>([.. years.Select(SourceYearJson.Of)], ContractJson.Default.IReadOnlyListSourceYearJson);

    /// <summary><c>kwatch problems --format json</c> and <c>GET /api/v1/problems</c>.</summary>
    public static string Problems(ProblemList list) =>
        JsonSerializer.Serialize(new ProblemsRecord([.. list.Problems.Select(p => new ProblemRecord(p.Kind, p.File, p.Line, p.Field, p.Reason, p.RunId, p.LoadedAt))], list.Truncated), ContractJson.Default.ProblemsRecord);

    public static string Summary(IEnumerable<UseCases.Events.SummaryRow> rows) =>
        JsonSerializer.Serialize<IReadOnlyList<EventSummaryRecord>>([.. rows.Select(EventSummaryRecord.Of)], ContractJson.Default.IReadOnlyListEventSummaryRecord);

    public static string Indicators(UseCases.Indicators.IndicatorsResult result) => JsonSerializer.Serialize(IndicatorsRecord.Of(result), ContractJson.Default.IndicatorsRecord);

    public static string Warnings(UseCases.Warnings.WarningsResult result) => JsonSerializer.Serialize(WarningsRecord.Of(result), ContractJson.Default.WarningsRecord);

    public static string Claims(IReadOnlyList<Analysis.Estimates.Claim> claims, IReadOnlyList<Analysis.Estimates.ClaimDisagreement> disagreements) =>
        JsonSerializer.Serialize(ClaimListRecord.Of(claims, disagreements), ContractJson.Default.ClaimListRecord);

    public static string ClaimHistory(IReadOnlyList<ClaimVersion> history) => JsonSerializer.Serialize(ClaimHistoryRecord.Of(history), ContractJson.Default.ClaimHistoryRecord);

    public static string ClaimSeries(Analysis.Estimates.ClaimSeriesResult series, string by) => JsonSerializer.Serialize(ClaimSeriesRecord.Of(series, by), ContractJson.Default.ClaimSeriesRecord);

    public static string ClaimImport(Estimates.ClaimImportReport report) => JsonSerializer.Serialize(ClaimImportRecord.Of(report), ContractJson.Default.ClaimImportRecord);

    public static string Matrix(MatrixEvaluation evaluation) => JsonSerializer.Serialize(AchMatrixRecord.Of(evaluation), ContractJson.Default.AchMatrixRecord);

    public static string Score(MatrixEvaluation evaluation) => JsonSerializer.Serialize(AchScoreRecord.Of(evaluation), ContractJson.Default.AchScoreRecord);

    public static string Backtest(UseCases.Backtests.BacktestAnswer answer) => JsonSerializer.Serialize(BacktestRecord.Of(answer), ContractJson.Default.BacktestRecord);

    public static string Audit(IReadOnlyList<Coalition.AuditEntry> entries) => JsonSerializer.Serialize(AuditLogRecord.Of(entries), ContractJson.Default.AuditLogRecord);

    public static string Ingest(IReadOnlyList<Ingestion.FileReport> reports, IReadOnlyList<(string File, string Message)> failures) =>
        JsonSerializer.Serialize(IngestRecord.Of(reports, failures), ContractJson.Default.IngestRecord);
}

/// <summary><c>kwatch sources --format json</c>, one element per source and year (docs/cli.md, "sources").</summary>
public sealed record SourceYearJson(string Source, string? Dataset, int Year, long Events, long Watched, long Uncertain, string LastDay)
{
    public static SourceYearJson Of(SourceYear y) =>
        new(y.Source, y.Dataset, y.Year, y.Events, y.Watched, y.Uncertain, EventCodes.Day(y.LastDay));
}

/// <summary>The problems the ingests met: <c>{"problems": [...], "truncated"}</c> (docs/cli.md, "problems").</summary>
public sealed record ProblemsRecord(IReadOnlyList<ProblemRecord> Problems, bool Truncated);

/// <summary>A rejected row (not stored) or a warning (stored as given), with where it was and why, and the ingest run that met it.</summary>
public sealed record ProblemRecord(string Kind, string File, long Line, string Field, string Reason, long Run, string LoadedAt);
