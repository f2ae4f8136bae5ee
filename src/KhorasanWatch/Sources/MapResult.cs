using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Sources;

/// <summary>What a mapper made of one row: an event (perhaps with warnings) or a rejection.</summary>
public readonly record struct MapResult(ConflictEvent? Event, RowIssue? Rejection, IReadOnlyList<RowIssue>? Warnings)
{
    public static MapResult Ok(ConflictEvent e, List<RowIssue>? warnings) => new(e, null, warnings is { Count: > 0 } ? warnings : null);

    public static MapResult Reject(RowIssue issue) => new(null, issue, null);
}
