using System.Globalization;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Assessment;

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
            output.WriteLine(ContractDocuments.Matrix(e));
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
            output.WriteLine(ContractDocuments.Score(e));
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

    private static string Short(WeightLevel level) => level switch
    {
        WeightLevel.High => "high",
        WeightLevel.Medium => "med",
        _ => "low",
    };
}
