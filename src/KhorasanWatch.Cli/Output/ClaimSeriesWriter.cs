using System.Globalization;
using System.Text.Json;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Statistics;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>kwatch claims series SUBJECT</c>: per period the grade-weighted combined estimate, the spread
/// of the sources and whether they exclude each other; every relay set aside; the moves; and always
/// the weights used, so that nobody reads a combined figure without knowing how it was weighted.
/// The table shows the combined figure to two significant figures; the JSON keeps it exact.
/// </summary>
internal static class ClaimSeriesWriter
{
    private static readonly string[] Headers = ["period", "combined", "spread", "claims", "sources"];

    public static void WriteText(TextWriter output, ClaimSeriesResult s)
    {
        var unit = s.Unit.Length > 0 ? $" in {s.Unit}" : "";
        TextWrap.Write(output, "", $"{s.Subject}{unit}: the grade-weighted mean of the claims in each period (to two significant figures), and the spread from the lowest low to the highest high.", 0);
        output.WriteLine();
        var rows = s.Points.Select(p => new[]
        {
            p.Period.Label,
            p.Figure,
            ClaimFigures.Spread(p.SpreadLow, p.SpreadHigh),
            $"{p.Claims.Count}: {string.Join(" ", p.Claims.Select(w => w.Claim.Grade))}",
            p.SourcesDisagree ? "disagree" : "agree",
        }).ToList();
        ClaimListWriter.Write(output, Headers, rows, overflow: -1, (3, 10));
        output.WriteLine();

        // Every relay, also those whose period has no independent claim and so no row.
        var setAside = s.RelaysSetAside.Select(r => $"{r.Id} ({r.RefersTo.Text}, relays {r.Relays})").ToList();
        Sentences(output, "Relays set aside, not second sources: ", setAside);
        Sentences(output, $"Left out, in another unit than {s.Unit}: ", s.OtherUnits.Select(c => $"{c.Id} ({c.Unit ?? "no unit"})").ToList());
        if (s.Moves.Count == 0)
        {
            TextWrap.Write(output, "", s.Points.Count < 2 ? "No move: the claims fall in one period." : "No move: the spreads of successive periods overlap, so the sources do not show the figure changing.", 0);
        }

        foreach (var move in s.Moves)
        {
            TextWrap.Write(output, "Move: ", move.Statement, 2);
        }

        TextWrap.Write(output, "Weights (reliability × credibility): ", s.Weights.ToString(), 2);
    }

    public static void WriteJson(TextWriter output, ClaimSeriesResult s, string by) =>
        JsonFields.Document(output, json =>
        {
            json.WriteString("subject", s.Subject);
            json.WriteString("unit", s.Unit);
            json.WriteString("by", by);
            Weights(json, s.Weights);
            json.WriteStartArray("points");
            foreach (var p in s.Points)
            {
                json.WriteStartObject();
                json.WriteString("period", p.Period.Label);
                Date(json, "start", p.Period.Start);
                Date(json, "end", p.Period.End);
                Number(json, "combined", p.Combined);
                Number(json, "combined_rounded", Figures.TwoSignificantFigures(p.Combined));
                json.WriteBoolean("bound", p.IsBound);
                Number(json, "low", p.SpreadLow);
                Number(json, "high", p.SpreadHigh);
                json.WriteBoolean("disagree", p.SourcesDisagree);
                json.WriteStartArray("claims");
                foreach (var w in p.Claims)
                {
                    json.WriteStartObject();
                    json.WriteString("id", w.Claim.Id);
                    json.WriteString("grade", w.Claim.Grade.ToString());
                    Number(json, "weight", w.Weight);
                    Number(json, "estimate", w.Claim.Estimate);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Ids(json, "relays_set_aside", p.RelaysSetAside.Select(r => r.Id));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("moves");
            foreach (var m in s.Moves)
            {
                json.WriteStartObject();
                json.WriteString("from", m.From.Label);
                json.WriteString("to", m.To.Label);
                Number(json, "before", m.Before);
                Number(json, "after", m.After);
                json.WriteString("direction", m.Up ? "up" : "down");
                json.WriteString("statement", m.Statement);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Ids(json, "other_units", s.OtherUnits.Select(c => c.Id));
            json.WriteStartArray("relays_set_aside");
            foreach (var r in s.RelaysSetAside)
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteString("relays", r.Relays);
                json.WriteString("refers_to", r.RefersTo.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    /// <summary>The weights in the shape <c>--weights</c> reads, so that they can be saved, edited and given back.</summary>
    private static void Weights(Utf8JsonWriter json, GradeWeights weights)
    {
        json.WriteStartObject("weights");
        json.WriteStartObject("reliability");
        foreach (var (grade, weight) in weights.Reliability.OrderBy(w => w.Key))
        {
            json.WriteNumber(grade.ToString(), weight);
        }

        json.WriteEndObject();
        json.WriteStartObject("credibility");
        foreach (var (grade, weight) in weights.Credibility.OrderBy(w => w.Key))
        {
            json.WriteNumber(grade.ToString(CultureInfo.InvariantCulture), weight);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Sentences(TextWriter output, string lead, List<string> items)
    {
        if (items.Count > 0)
        {
            TextWrap.Write(output, lead, string.Join(", ", items) + ".", 2);
        }
    }
}
