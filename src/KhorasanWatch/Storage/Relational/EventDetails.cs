using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Storage.Relational;

/// <summary>
/// The display-only text fields of an event (never filtered on in SQL), stored together in one
/// column separated by U+001F. A bulk ingest pays for every value it binds, and these thirteen
/// fields were a third of them. An empty field reads back as null, as the readers make it.
/// </summary>
internal static class EventDetails
{
    public const char Separator = '\u001f';

    /// <summary>
    /// The packed fields in their order, for <see cref="Sqlite.RawStatement.BindJoined"/>, which joins them
    /// with <see cref="Separator"/> and makes a separator inside a field a space, as <see cref="Pack"/> does.
    /// </summary>
    public static Fields Of(ConflictEvent e)
    {
        var f = new Fields();
        (f[0], f[1], f[2], f[3], f[4], f[5]) = (e.SourceEventId, e.Admin2, e.Location, e.SubEventType, e.Actor1, e.AssocActor1);
        (f[6], f[7], f[8], f[9], f[10], f[11]) = (e.Actor2, e.AssocActor2, e.TargetText, e.TargetReason, e.Notes, e.SourceNames);
        f[12] = e.Dataset;
        return f;
    }

    /// <summary>The packed text, as the ingest stores it.</summary>
    public static string Pack(ConflictEvent e)
    {
        var fields = Of(e);
        return string.Join(Separator, ((ReadOnlySpan<string?>)fields).ToArray().Select(Clean));
    }

    /// <summary>The packed fields in their order, an empty field as null (as the readers make it); missing trailing fields (older stores) as null.</summary>
    public static Fields Split(string packed)
    {
        var f = new Fields();
        var span = packed.AsSpan();
        for (var i = 0; i < 13; i++)
        {
            var end = span.IndexOf(Separator);
            var field = end < 0 ? span : span[..end];
            f[i] = field.Length > 0 ? field.ToString() : null;
            if (end < 0)
            {
                break;
            }

            span = span[(end + 1)..];
        }

        return f;
    }

    /// <summary>The district alone, for linking, without restoring the rest.</summary>
    public static string? Admin2(string packed)
    {
        var start = packed.IndexOf(Separator) + 1;
        var end = start == 0 ? -1 : packed.IndexOf(Separator, start);
        return start == 0 || end <= start ? null : packed[start..end];
    }

    /// <summary>The compilation a record names (the last field), or null for the publisher's own data.</summary>
    public static string? DatasetOf(string packed)
    {
        var last = packed.LastIndexOf(Separator);
        return last >= 0 && last < packed.Length - 1 && packed.AsSpan(0, last).Count(Separator) == 11 ? packed[(last + 1)..] : null;
    }

    /// <summary>Whether the packed sub-event type (the fourth field) is an air or drone strike.</summary>
    public static bool IsAirStrike(string packed)
    {
        var fields = packed.Split(Separator);
        return fields.Length > 3 && Analysis.Indicators.IndicatorRules.IsAirOrDroneStrike(fields[3]);
    }

    private static string Clean(string? value) => value is null ? "" : value.Replace(Separator, ' ');

    /// <summary>The thirteen fields, held without an allocation per event.</summary>
    [System.Runtime.CompilerServices.InlineArray(13)]
    public struct Fields
    {
        private string? _first;
    }
}
