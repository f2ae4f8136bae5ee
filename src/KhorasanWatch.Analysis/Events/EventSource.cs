namespace KhorasanWatch.Analysis.Events;

/// <summary>The conflict-event datasets Khorasan Watch reads.</summary>
public enum EventSource
{
    Acled,
    Ucdp,
    Gtd,
}

public static class EventSourceNames
{
    /// <summary>The lower-case code used in ids, the store and the CLI (<c>acled</c>, <c>ucdp</c>, <c>gtd</c>).</summary>
    public static string Code(this EventSource source) => source switch
    {
        EventSource.Acled => "acled",
        EventSource.Ucdp => "ucdp",
        EventSource.Gtd => "gtd",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static bool TryParse(string? code, out EventSource source)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "acled": source = EventSource.Acled; return true;
            case "ucdp": source = EventSource.Ucdp; return true;
            case "gtd": source = EventSource.Gtd; return true;
            default: source = default; return false;
        }
    }
}
