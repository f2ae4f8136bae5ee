using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// The display-only text fields of an event (never filtered on in SQL), stored together in one
/// column separated by U+001F. A bulk ingest pays for every value it binds, and these twelve
/// fields were a third of them. An empty field reads back as null, as the readers make it.
/// </summary>
internal static class EventDetails
{
    private const char Separator = '\u001f';

    public static string Pack(ConflictEvent e) => string.Join(Separator,
    [
        Clean(e.SourceEventId), Clean(e.Admin2), Clean(e.Location), Clean(e.SubEventType), Clean(e.Actor1), Clean(e.AssocActor1),
        Clean(e.Actor2), Clean(e.AssocActor2), Clean(e.TargetText), Clean(e.TargetReason), Clean(e.Notes), Clean(e.SourceNames),
    ]);

    /// <summary>Restores the packed fields onto an event read from the other columns.</summary>
    public static ConflictEvent Unpack(string packed, ConflictEvent e)
    {
        var f = packed.Split(Separator);
        string? At(int i) => i < f.Length && f[i].Length > 0 ? f[i] : null;
        return e with
        {
            SourceEventId = At(0),
            Admin2 = At(1),
            Location = At(2),
            SubEventType = At(3),
            Actor1 = At(4),
            AssocActor1 = At(5),
            Actor2 = At(6),
            AssocActor2 = At(7),
            TargetText = At(8),
            TargetReason = At(9),
            Notes = At(10),
            SourceNames = At(11),
        };
    }

    /// <summary>The district alone, for linking, without restoring the rest.</summary>
    public static string? Admin2(string packed)
    {
        var start = packed.IndexOf(Separator) + 1;
        var end = start == 0 ? -1 : packed.IndexOf(Separator, start);
        return start == 0 || end <= start ? null : packed[start..end];
    }

    private static string Clean(string? value) => value is null ? "" : value.Replace(Separator, ' ');
}
