using System.Text.Json;
using KhorasanWatch.Assessment;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Contracts;

/// <summary>
/// The analysis of competing hypotheses as JSON, the same in every host: <c>ach show</c> and the
/// API's matrix (<see cref="Matrix"/>), <c>ach score</c> and the API's score (<see cref="Score"/>),
/// whose <c>hypotheses</c> list with each one's <c>name</c>, <c>inconsistency</c> and <c>rank</c> is a contract.
/// </summary>
public static class AchJson
{
    public static void Matrix(TextWriter output, MatrixEvaluation e) =>
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

    public static void Score(TextWriter output, MatrixEvaluation e)
    {
        var score = e.Score;
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
}
