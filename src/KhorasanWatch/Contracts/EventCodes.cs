using System.Globalization;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Contracts;

/// <summary>How an event's fields are written in every contract (JSON, CSV, the table, the pages).</summary>
public static class EventCodes
{
    /// <summary>The fewest and most deaths any of the event's records gives (a record's best where it gives no range); null when none records deaths.</summary>
    public static int? AcrossLow(CountedEvent? across) => across?.Event.Fatalities is { } f ? f.Low ?? f.Best : null;

    public static int? AcrossHigh(CountedEvent? across) => across?.Event.Fatalities is { } f ? f.High ?? f.Best : null;

    // Null (empty in a table or CSV), not "none", for an event without the watched actor: the
    // contract's values are perpetrator/target/party and certain/uncertain.
    public static string? Role(ConflictEvent e) => e.Role is WatchRole.None ? null : e.Role.Code();

    public static string? Attribution(ConflictEvent e) => e.Attribution is Analysis.Actors.Attribution.None ? null : e.Attribution.Code();

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? d) => d is { } day ? Day(day) : null;

    public static string? Number(double? d) => d?.ToString(CultureInfo.InvariantCulture);

    public static string? Number(int? i) => i?.ToString(CultureInfo.InvariantCulture);
}
