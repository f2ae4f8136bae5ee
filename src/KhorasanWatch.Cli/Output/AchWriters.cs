using System.Globalization;
using System.Text.Json;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Assessment;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>kwatch ach show</c> and <c>score</c>, as tables within 80 columns or JSON. In JSON, <c>score</c>
/// gives a <c>hypotheses</c> list with each one's <c>name</c>, <c>inconsistency</c> and <c>rank</c>
/// (a contract), and the weights the score used.
/// </summary>
internal static class AchWriters
{
    public static void WriteMatrix(TextWriter output, MatrixEvaluation e, string format)
    {
        if (format == "json")
        {
            Document(output, json =>
            {
                Header(json, e);
                json.WriteStartArray("items");
                foreach (var item in e.Evidence)
                {
                    json.WriteStartObject();
                    json.WriteString("id", item.Item.Id);
                    json.WriteString("kind", item.Item.Kind.ToString().ToLowerInvariant());
                    json.WriteString("ref", item.Item.Reference ?? item.Claim?.Id);
                    json.WriteString("subject", item.Item.Subject);
                    json.WriteString("group", item.Item.Group);
                    json.WriteString("text", item.Item.Text);
                    json.WriteString("reading", item.Reading);
                    json.WriteString("state", item.State);
                    json.WriteString("credibility", item.Item.Credibility.ToString().ToLowerInvariant());
                    json.WriteString("relevance", item.Item.Relevance.ToString().ToLowerInvariant());
                    json.WriteStartObject("ratings");
                    foreach (var h in e.Matrix.Hypotheses)
                    {
                        json.WriteString(h.Id, item.Ratings[h.Id].ToString());
                    }

                    json.WriteEndObject();
                    Ids(json, "event_ids", item.EventIds);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
            return;
        }

        Title(output, e);
        var table = new TextTable(["item", "cred", "rel", .. e.Matrix.Hypotheses.Select(h => h.Id)]);
        foreach (var item in e.Evidence)
        {
            table.Add([item.Item.Id, Short(item.Item.Credibility), Short(item.Item.Relevance), .. e.Matrix.Hypotheses.Select(h => item.Ratings[h.Id].ToString())]);
        }

        table.Write(output);
        output.WriteLine();
        foreach (var item in e.Evidence)
        {
            TextWrap.Write(output, $"{item.Item.Id}: ", item.Reading, 2);
        }
    }

    public static void WriteScore(TextWriter output, MatrixEvaluation e, string format)
    {
        var score = e.Score;
        if (format == "json")
        {
            Document(output, json =>
            {
                Header(json, e);
                json.WriteStartArray("hypotheses");
                foreach (var h in score.Hypotheses)
                {
                    json.WriteStartObject();
                    json.WriteString("id", h.Id);
                    json.WriteString("name", h.Name);
                    json.WriteNumber("inconsistency", h.Inconsistency);
                    json.WriteNumber("inconsistent_count", h.InconsistentCount);
                    json.WriteNumber("rank", h.Rank);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Ids(json, "leaders", score.Leaders.Select(l => l.Id));
                json.WriteStartArray("items");
                foreach (var (item, sensitivity) in score.Items.Zip(score.Sensitivity))
                {
                    json.WriteStartObject();
                    json.WriteString("id", item.ItemId);
                    json.WriteNumber("diagnosticity", item.Diagnosticity);
                    json.WriteBoolean("changes_leader", sensitivity.ChangesLeader);
                    json.WriteBoolean("changes_order", sensitivity.ChangesOrder);
                    Ids(json, "leader_without", sensitivity.LeaderWithout);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
            return;
        }

        Title(output, e);
        var table = new TextTable("rank", "hypothesis", "inconsistency", "I/II count");
        foreach (var h in score.Hypotheses.OrderBy(h => h.Rank))
        {
            table.Add(h.Rank.ToString(CultureInfo.InvariantCulture), h.Name, h.Inconsistency.ToString("0.00", CultureInfo.InvariantCulture), h.InconsistentCount.ToString(CultureInfo.InvariantCulture));
        }

        table.Write(output);
        var (critical, uncounted, nonDiagnostic) = (e.CriticalItems, e.UncountedItems, e.NonDiagnosticItems);
        output.WriteLine();
        TextWrap.Write(output, "", $"Least inconsistent: {string.Join(" and ", score.Leaders.Select(l => l.Name))}. Weights: {score.Weights}.", 0);
        TextWrap.Write(output, "", critical.Count == 0
            ? "Sensitivity: no single item, if wrong, would change the leading hypothesis."
            : $"Sensitivity: if {string.Join(" or ", critical)} were wrong, another hypothesis would lead.", 0);
        TextWrap.Write(output, "", nonDiagnostic.Count == 0 ? "Every counted item discriminates between hypotheses." : $"Not diagnostic (rated alike for all): {string.Join(", ", nonDiagnostic)}.", 0);
        if (uncounted.Count > 0)
        {
            TextWrap.Write(output, "", $"Not counted (no claim in the register, no reading, or no rating for the reading's state; 'kwatch ach show' says which): {string.Join(", ", uncounted)}.", 0);
        }
    }

    private static void Title(TextWriter output, MatrixEvaluation e)
    {
        TextWrap.Write(output, "", $"{e.Matrix.Name} ({(e.SavedVersion is { } v ? $"version {v}" : "shipped")}), as of {e.AsOf:yyyy-MM-dd}: {e.Matrix.Question}", 0);
        foreach (var h in e.Matrix.Hypotheses)
        {
            TextWrap.Write(output, $"  {h.Id}: ", h.Name, 4);
        }

        output.WriteLine();
    }

    private static void Header(Utf8JsonWriter json, MatrixEvaluation e)
    {
        json.WriteString("name", e.Matrix.Name);
        json.WriteString("question", e.Matrix.Question);
        if (e.SavedVersion is { } v)
        {
            json.WriteNumber("version", v);
        }
        else
        {
            json.WriteNull("version");
        }

        Date(json, "as_of", e.AsOf);
        json.WriteStartObject("weights");
        json.WriteNumber("high", e.Matrix.Weights.High);
        json.WriteNumber("medium", e.Matrix.Weights.Medium);
        json.WriteNumber("low", e.Matrix.Weights.Low);
        json.WriteEndObject();
    }

    private static string Short(WeightLevel level) => level switch
    {
        WeightLevel.High => "high",
        WeightLevel.Medium => "med",
        _ => "low",
    };
}
