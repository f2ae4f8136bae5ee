using System.Text;
using System.Text.Json;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch events --format json</c>: an array of <see cref="EventRecord"/>, streamed, so output of
/// any size uses little memory. Each event goes through the contracts' one serializer (<see cref="ContractJson"/>).
/// </summary>
public static class EventJson
{
    public static void WriteArray(TextWriter output, IEnumerable<(StoredEvent Stored, CountedEvent? Across)> events, Analysis.Profiles.WatchProfile profile)
    {
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var (stored, across) in events)
        {
            WriteEvent(json, stored, across, profile);
            // What is written is in the writer (BytesPending) or, once the serializer has flushed it
            // after each event, in the buffer: both count. Asking one alone never passed the text on,
            // and a listing of 1.2M events died holding 5 GB of JSON.
            if (json.BytesPending + buffer.Length > 1 << 16)
            {
                Flush(json, buffer, output);
            }
        }

        json.WriteEndArray();
        Flush(json, buffer, output);
        output.WriteLine();
    }

    private static void Flush(Utf8JsonWriter json, MemoryStream buffer, TextWriter output)
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    public static void WriteEvent(Utf8JsonWriter json, StoredEvent stored, CountedEvent? across, Analysis.Profiles.WatchProfile profile) =>
        JsonSerializer.Serialize(json, EventRecord.Of(stored, across, profile), ContractJson.Default.EventRecord);
}
