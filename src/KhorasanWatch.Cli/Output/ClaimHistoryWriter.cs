using System.Globalization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// <c>kwatch claims show ID</c>: every version of a claim, oldest first, with when and from where
/// it was recorded and, for a correction, which fields it changed.
/// </summary>
internal static class ClaimHistoryWriter
{
    public static void WriteText(TextWriter output, IReadOnlyList<ClaimVersion> history)
    {
        List<(string Label, string Text)>? previous = null;
        foreach (var version in history)
        {
            var c = version.Claim;
            var fields = Fields(c);
            TextWrap.Write(output, "", $"{c.Id} version {c.Version}, recorded {ClaimRecord.Recorded(version.RecordedAt)} from {version.Origin}", 2);
            if (previous is not null)
            {
                var changed = fields.Where((f, i) => f.Text != previous[i].Text).Select(f => f.Label).ToList();
                TextWrap.Write(output, $"  {"changed",-LabelWidth}", changed.Count == 0 ? "nothing" : string.Join(", ", changed), LabelWidth + 2);
            }

            foreach (var (label, text) in fields.Where(f => f.Text.Length > 0))
            {
                TextWrap.Write(output, $"  {label,-LabelWidth}", text, LabelWidth + 2);
            }

            output.WriteLine();
            previous = fields;
        }
    }

    /// <summary>The claim as labelled lines, in a fixed order so that two versions compare field by field; empty text for what it lacks.</summary>
    private static List<(string Label, string Text)> Fields(Claim c) =>
    [
        ("subject", c.Subject),
        ("statement", c.Statement),
        ("figure", ClaimFigures.Cell(c)),
        ("reading", c.Reading ?? ""),
        ("refers to", c.RefersTo.Text),
        ("reported", c.Reported.Text),
        ("source", string.Join("; ", new[] { c.Source.Title, c.Source.Publisher, c.Source.Reference }.Where(s => s is not null))),
        ("accessed", c.Source.Accessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        ("grade", $"{c.Grade} (source {c.Grade.ReliabilityMeaning}; information {c.Grade.CredibilityMeaning})"),
        ("owner", c.Owner),
        ("tlp", c.Tlp.Label()),
        ("relays", c.Relays ?? ""),
        ("notes", c.Notes ?? ""),
    ];

    /// <summary>The width of a field's label; the text after it wraps to this indent.</summary>
    private const int LabelWidth = 12;

}
