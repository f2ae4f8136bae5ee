using KhorasanWatch.Sources;

namespace KhorasanWatch.Estimates;

/// <summary>
/// What importing one claims file (<see cref="Format"/> <c>csv</c> or <c>json</c>, whose lines are
/// then the array's item numbers) did. Every row read is exactly one of added, corrected, unchanged
/// or rejected; <see cref="Rejects"/> names every problem of every rejected row (a row with two bad
/// fields appears twice), and <see cref="Corrections"/> the claims that got a new version.
/// </summary>
public sealed record ClaimImportReport(
    string File, string Format, int Read, int Added, int Corrected, int Unchanged, int Rejected, IReadOnlyList<RowIssue> Rejects, IReadOnlyList<ClaimCorrection> Corrections);

