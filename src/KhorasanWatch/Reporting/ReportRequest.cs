using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Sharing;

namespace KhorasanWatch.Reporting;

/// <summary>
/// What the analyst asked for: whose activity (the actor id and the short name the text uses), the
/// days the report covers, the period of its tables, the day it speaks from, and its TLP marking.
/// </summary>
public sealed record ReportRequest(string ActorId, string ActorName, DateOnly From, DateOnly To, PeriodKind Period, DateOnly AsOf, TlpLevel Tlp)
{
    public Period Window => new(PeriodKind.Window, From, To);

    /// <summary>
    /// The marking computed from the report's inputs (the events it may read), when it is more
    /// restrictive than the one asked for and so is the report's (<see cref="Tlp"/>); null otherwise.
    /// </summary>
    public string? RaisedFrom { get; init; }
}
