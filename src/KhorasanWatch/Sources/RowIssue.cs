namespace KhorasanWatch.Sources;

/// <summary>
/// A problem with one field of one row: a rejection (the row is not stored) or a warning (the row
/// is stored as given). <see cref="Line"/> is the 1-based physical line in the file.
/// <see cref="Reason"/> may quote the field's value; it is cut at <see cref="MaxReason"/>
/// characters, so a 10 MB field cannot make a 10 MB message.
/// </summary>
public sealed record RowIssue(string File, long Line, string Field, string Reason)
{
    public const int MaxReason = 300;

    public string Reason { get; } = Reason.Length <= MaxReason ? Reason : string.Concat(Reason.AsSpan(0, MaxReason), $"… ({Reason.Length:#,0} characters)");
}
