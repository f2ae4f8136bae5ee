using System.IO.Hashing;
using System.Text;
using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Sources;

/// <summary>
/// Event ids: <c>source:source_event_id</c>, or, for a row without an id, <c>source:h-</c> and a
/// 128-bit hash of the row's text, so the same row always gets the same id.
/// </summary>
public static class EventIds
{
    public static string Of(EventSource source, string sourceEventId) => $"{source.Code()}:{sourceEventId}";

    public static string FromContent(EventSource source, string rawRow)
    {
        var hash = XxHash128.Hash(Encoding.UTF8.GetBytes(rawRow.Trim()));
        return $"{source.Code()}:h-{Convert.ToHexStringLower(hash)}";
    }

    /// <summary>
    /// A 64-bit hash of a row's text, used to tell an unchanged row from a changed one. It hashes
    /// the UTF-16 code units as they are in memory, so no copy is made per row.
    /// </summary>
    public static long ContentHash(string rawRow) =>
        unchecked((long)XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rawRow.AsSpan())));
}
