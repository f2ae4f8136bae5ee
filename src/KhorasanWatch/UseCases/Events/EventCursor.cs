using System.Globalization;
using System.Text;

namespace KhorasanWatch.UseCases.Events;

/// <summary>
/// The opaque cursor of keyset paging: the last event's day and id, base64url-encoded. A cursor
/// stays valid while events are added (the next page starts after that event, wherever it is).
/// </summary>
public static class EventCursor
{
    public static string Encode(Storage.EventPosition position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{position.Day:yyyy-MM-dd}|{position.Id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static Storage.EventPosition Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar == 10 && DateOnly.TryParseExact(text[..bar], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && text.Length > bar + 1)
            {
                return new Storage.EventPosition(day, text[(bar + 1)..]);
            }
        }
        catch (FormatException)
        {
        }

        throw RequestValues.Invalid("{cursor} '{0}' is not a cursor this server gave (start again without one)", cursor);
    }
}
