using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Estimates;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch ingest --json</c>: per file what was read, added, updated, unchanged, rejected, warned
/// about and linked, and how long it took; every rejected row and warning with file, line, field and
/// reason; and the files refused whole, with why (docs/cli.md, "ingest").
/// </summary>
public sealed record IngestRecord(
    IReadOnlyList<IngestFileRecord> Files,
    IReadOnlyList<RowIssueRecord> Rejects,
    IReadOnlyList<RowIssueRecord> Warnings,
    IReadOnlyList<IngestErrorRecord> Errors)
{
    public static IngestRecord Of(IReadOnlyList<FileReport> reports, IReadOnlyList<(string File, string Message)> failures) => new(
        [.. reports.Select(r => new IngestFileRecord(
            r.File, r.Source.Code(), r.Counts.Read, r.Counts.Added, r.Counts.Updated, r.Counts.Unchanged, r.Counts.Rejected, r.Counts.Warnings, r.Counts.Linked,
            Math.Round(r.Elapsed.TotalSeconds, 3)))],
        [.. reports.SelectMany(r => r.Rejects).Select(RowIssueRecord.Of)],
        [.. reports.SelectMany(r => r.Warnings).Select(RowIssueRecord.Of)],
        [.. failures.Select(f => new IngestErrorRecord(f.File, f.Message))]);
}

/// <summary>One file's counts and seconds.</summary>
public sealed record IngestFileRecord(string File, string Source, long Read, long Added, long Updated, long Unchanged, long Rejected, long Warnings, long Linked, double Seconds);

/// <summary>Where a row went wrong and why, as the ingest report writes it.</summary>
public sealed record RowIssueRecord(string File, long Line, string Field, string Reason)
{
    public static RowIssueRecord Of(RowIssue issue) => new(issue.File, issue.Line, issue.Field, issue.Reason);
}

/// <summary>A file refused whole: nothing of it was stored.</summary>
public sealed record IngestErrorRecord(string File, string Message);

/// <summary>
/// <c>kwatch claims import --format json</c>: what the import read, added, corrected (a new version
/// of a claim already held), left unchanged and rejected. A JSON file's rows are the array's items:
/// <c>item</c> says so, and <c>line</c> keeps the same number for older readers; for a CSV <c>item</c> is null.
/// </summary>
public sealed record ClaimImportRecord(
    string File,
    string Format,
    int Read,
    int Added,
    int Corrected,
    int Unchanged,
    int Rejected,
    IReadOnlyList<ClaimCorrectionRecord> Corrections,
    IReadOnlyList<ClaimRejectRecord> Rejects)
{
    public static ClaimImportRecord Of(ClaimImportReport r) => new(
        r.File,
        r.Format,
        r.Read,
        r.Added,
        r.Corrected,
        r.Unchanged,
        r.Rejected,
        [.. r.Corrections.Select(c => new ClaimCorrectionRecord(c.Id, c.Version))],
        [.. r.Rejects.Select(i => new ClaimRejectRecord(i.File, i.Line, r.Format == "json" ? i.Line : null, i.Field, i.Reason))]);
}

/// <summary>A claim the import corrected, and the version it now has.</summary>
public sealed record ClaimCorrectionRecord(string Id, int Version);

/// <summary>A rejected claim row: file, line (the item number for a JSON file), item (JSON files only), field and reason.</summary>
public sealed record ClaimRejectRecord(string File, long Line, long? Item, string Field, string Reason);
