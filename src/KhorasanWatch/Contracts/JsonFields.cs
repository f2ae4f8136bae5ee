using System.Text.Json;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;

namespace KhorasanWatch.Contracts;

/// <summary>
/// JSON pieces shared by the indicator and warning writers. JSON has no infinity: an unbounded
/// ratio or interval end (a zero baseline) and an undefined ratio (0 against 0) are written as null.
/// </summary>
public static class JsonFields
{
    /// <summary>Writes one indented JSON object, built by <paramref name="body"/>, and a newline.</summary>
    public static void Document(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    public static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Comparison(Utf8JsonWriter json, string name, RateComparison? c)
    {
        if (c is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("current", c.Current);
        json.WriteNumber("baseline", c.Baseline);
        Number(json, "ratio", c.Ratio);
        Number(json, "low", c.Low);
        Number(json, "high", c.High);
        json.WriteNumber("p", c.P);
        json.WriteEndObject();
    }

    public static void Ids(Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    /// <summary>Deaths best, low and high, and the events with no toll; the three are null where no summed event records one (not recorded, never 0).</summary>
    public static void Deaths(Utf8JsonWriter json, string prefix, FatalityTotals f)
    {
        Number(json, $"{prefix}_best", f.NotRecorded ? null : f.Best);
        Number(json, $"{prefix}_low", f.NotRecorded ? null : f.Low);
        Number(json, $"{prefix}_high", f.NotRecorded ? null : f.High);
        json.WriteNumber($"{prefix}_unknown", f.Unknown);
    }

    /// <summary>Where a row went wrong and why: <c>"file","line","field","reason"</c>, as the ingest report and <c>problems</c> write it.</summary>
    public static void Issue(Utf8JsonWriter json, string file, long line, string field, string reason)
    {
        json.WriteString("file", file);
        json.WriteNumber("line", line);
        json.WriteString("field", field);
        json.WriteString("reason", reason);
    }

    public static void Date(Utf8JsonWriter json, string name, DateOnly day) => json.WriteString(name, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
