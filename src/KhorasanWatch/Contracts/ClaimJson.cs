using System.Globalization;
using System.Text.Json;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Storage;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Contracts;

/// <summary>
/// Claims as JSON: <c>claims list</c> (<see cref="List"/>), <c>claims show</c> (<see cref="History"/>)
/// and the API's claims, the same in every host; the field names are a contract (docs/report.md,
/// "The estimates register") and read back by <c>claims import</c>.
/// </summary>
public static class ClaimJson
{
    public static void List(TextWriter output, IReadOnlyList<Claim> claims, IReadOnlyList<ClaimDisagreement> disagreements) =>
        Document(output, json =>
        {
            json.WriteStartArray("claims");
            foreach (var c in claims)
            {
                json.WriteStartObject();
                Fields(json, c);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("disagreements");
            foreach (var d in disagreements)
            {
                json.WriteStartObject();
                json.WriteString("kind", d.Kind);
                json.WriteString("first", d.First.Id);
                json.WriteString("second", d.Second.Id);
                json.WriteString("statement", d.Statement);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    public static void History(TextWriter output, IReadOnlyList<ClaimVersion> history) =>
        Document(output, json =>
        {
            json.WriteString("id", history[0].Claim.Id);
            json.WriteStartArray("versions");
            foreach (var version in history)
            {
                json.WriteStartObject();
                Fields(json, version.Claim);
                json.WriteString("recorded_at", Recorded(version.RecordedAt));
                json.WriteString("origin", version.Origin);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    /// <summary>When a version was recorded, in UTC to the second.</summary>
    public static string Recorded(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

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
