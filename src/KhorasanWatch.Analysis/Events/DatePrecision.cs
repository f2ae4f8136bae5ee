namespace KhorasanWatch.Analysis.Events;

/// <summary>How precisely a source knows when an event happened.</summary>
public enum DatePrecision
{
    Day,
    /// <summary>A span of a few days (UCDP date_start..date_end, ACLED time_precision 2).</summary>
    Range,
    Month,
    Year,
}
