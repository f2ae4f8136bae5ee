using System.Globalization;
using System.Text.Json;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// A claim as JSON, the same in <c>claims list</c> and <c>claims show</c>; the field names are a
/// contract (docs/report.md, "The estimates register") and read back by <c>claims import</c>.
/// </summary>
internal static class ClaimJsonWriter
{
    /// <summary>The claim's fields, written into an object the caller has opened.</summary>
    public static void Fields(Utf8JsonWriter json, Claim c)
    {
        json.WriteString("id", c.Id);
        json.WriteNumber("version", c.Version);
        json.WriteString("subject", c.Subject);
        json.WriteString("statement", c.Statement);
        Number(json, "value", c.Value);
        Number(json, "low", c.Low);
        Number(json, "high", c.High);
        json.WriteString("unit", c.Unit);
        json.WriteString("refers_to", c.RefersTo.Text);
        json.WriteString("reported", c.Reported.Text);
        json.WriteStartObject("source");
        json.WriteString("title", c.Source.Title);
        json.WriteString("publisher", c.Source.Publisher);
        json.WriteString("reference", c.Source.Reference);
        json.WriteString("accessed", c.Source.Accessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteString("grade", c.Grade.ToString());
        json.WriteString("reliability", c.Grade.Reliability.ToString());
        json.WriteNumber("credibility", c.Grade.Credibility);
        json.WriteString("owner", c.Owner);
        json.WriteString("tlp", Tlp(c.Tlp));
        json.WriteString("relays", c.Relays);
        json.WriteString("notes", c.Notes);
    }

    /// <summary>The marking as <c>--tlp</c> takes it: clear, green, amber, amber+strict, red.</summary>
    public static string Tlp(TlpLevel level) => level.Label()["TLP:".Length..].ToLowerInvariant();
}
