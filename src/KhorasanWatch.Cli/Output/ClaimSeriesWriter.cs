using KhorasanWatch.Analysis.Estimates;

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

    private static void Sentences(TextWriter output, string lead, List<string> items)
    {
        if (items.Count > 0)
        {
            TextWrap.Write(output, lead, string.Join(", ", items) + ".", 2);
        }
    }
}
