namespace KhorasanWatch.Sources;

/// <summary>
/// A problem with one field of one row: a rejection (the row is not stored) or a warning (the row
/// is stored as given). <see cref="Line"/> is the 1-based physical line in the file.
/// </summary>
public sealed record RowIssue(string File, long Line, string Field, string Reason);
